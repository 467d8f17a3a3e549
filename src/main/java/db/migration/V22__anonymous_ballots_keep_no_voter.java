package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Converts the anonymous ballots cast before V21 (which kept the voter's username) to what the
 * application now keeps (poll.AnonymousBallots): an open anonymous poll gets its random key and its
 * ballots the keyed hash of their voter's account, so that voters can still change them; a closed
 * one's ballots get a random voter and are written again in random order. Both lose their times.
 * Named polls are left as they are. In Java because the HMAC has to be the application's, on H2 and
 * PostgreSQL alike; a migration keeps its own copy of it, as it must never change with the code.
 */
public class V22__anonymous_ballots_keep_no_voter extends BaseJavaMigration {

    static final String PREFIX = "anon:";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void migrate(Context context) throws Exception {
        convert(context.getConnection(), Instant.now());
    }

    /** Ballots whose voter is already a hash are left alone, so running it again changes nothing. */
    public static void convert(Connection connection, Instant now) throws SQLException, GeneralSecurityException {
        for (long pollId : longs(connection, "select distinct p.id from poll p join poll_ballot b on b.poll_id = p.id"
                + " where p.anonymous = true and b.voter not like '" + PREFIX + "%' order by p.id")) {
            if (isOpen(connection, pollId, now)) {
                String key = keyOf(connection, pollId);
                for (Ballot ballot : ballots(connection, pollId)) {
                    Long account = accountId(connection, ballot.voter());
                    update(connection, "update poll_ballot set voter = ?, cast_at = null, changed_at = null where id = ?",
                            account == null ? randomVoter() : hash(key, account), ballot.id());
                }
            } else {
                List<Ballot> cast = ballots(connection, pollId);
                Collections.shuffle(cast, RANDOM);
                for (Ballot ballot : cast) {
                    long copy = insertBallot(connection, pollId);
                    update(connection, "update poll_ballot_mark set ballot_id = ? where ballot_id = ?", copy, ballot.id());
                    update(connection, "delete from poll_ballot where id = ?", ballot.id());
                }
            }
        }
    }

    private record Ballot(long id, String voter) {
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    private static boolean isOpen(Connection connection, long pollId, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select closed_at, closes_at from poll where id = ?")) {
            s.setLong(1, pollId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp closesAt = r.getTimestamp(2);
                return r.getTimestamp(1) == null && (closesAt == null || closesAt.toInstant().isAfter(now));
            }
        }
    }

    private static String keyOf(Connection connection, long pollId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select ballot_key from poll where id = ?")) {
            s.setLong(1, pollId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getString(1) != null) {
                    return r.getString(1);
                }
            }
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getEncoder().encodeToString(bytes);
        update(connection, "update poll set ballot_key = ? where id = ?", key, pollId);
        return key;
    }

    private static List<Ballot> ballots(Connection connection, long pollId) throws SQLException {
        List<Ballot> ballots = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select id, voter from poll_ballot where poll_id = ?"
                + " and voter not like '" + PREFIX + "%' order by id")) {
            s.setLong(1, pollId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ballots.add(new Ballot(r.getLong(1), r.getString(2)));
                }
            }
        }
        return ballots;
    }

    private static Long accountId(Connection connection, String username) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select id from user_account where lower(username) = lower(?)")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static long insertBallot(Connection connection, long pollId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into poll_ballot (poll_id, voter, cast_at, changed_at, version) values (?, ?, null, null, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, pollId);
            s.setString(2, randomVoter());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        }
    }

    private static void update(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    /** For a ballot nobody will ever change again. */
    private static String randomVoter() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The application's poll.AnonymousBallots.hash as of this migration. */
    private static String hash(String pollKey, long accountId) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(pollKey), "HmacSHA256"));
        byte[] digest = mac.doFinal(("account:" + accountId).getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
