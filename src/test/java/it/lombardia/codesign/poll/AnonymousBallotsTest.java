package it.lombardia.codesign.poll;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V22__anonymous_ballots_keep_no_voter;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * An anonymous poll's ballots keep nothing that says who cast them, not even for whoever reads the
 * database, while each voter still has one ballot they can change; closing forgets even the link the
 * open poll needed. Named polls keep their voters. Ballots stored before, with usernames, are converted.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class AnonymousBallotsTest {

    @Autowired
    PollService service;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    long venueId;

    @BeforeEach
    void venue() {
        venueId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAnonymousBallotKeepsNoTraceOfItsVoterAndVotingAgainReplacesIt() {
        long id = open(true, "Anonymous");
        long alpha = optionId(id, "Alpha");
        long beta = optionId(id, "Beta");

        as("afil.rep");
        service.vote(id, Ballot.single(alpha));
        service.vote(id, Ballot.single(beta));
        as("le2c.rep");
        service.vote(id, Ballot.single(beta));

        assertNoColumnNames(id, "afil.rep");
        assertNoColumnNames(id, "le2c.rep");
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForList("select cast_at, changed_at from poll_ballot where poll_id = ?", id))
                .allSatisfy(row -> assertThat(row.values()).containsOnlyNulls());
        as("afil.rep");
        PollView mine = service.poll(id).orElseThrow();
        assertThat(mine.myBallot()).isEqualTo(Ballot.single(beta));
        assertThat(mine.mayVote()).isTrue();
        assertThat(votes(mine, "Alpha")).isZero();
        assertThat(votes(mine, "Beta")).isEqualTo(2);
        assertThat(mine.ballots()).isEqualTo(2);
        as("wg.member");
        assertThat(service.poll(id).orElseThrow().myBallot()).isNull();
    }

    @Test
    void closingForgetsTheKeyAndWritesTheBallotsAgainSoNoneCanBeMatchedToItsVoter() {
        long id = open(true, "Closing");
        long alpha = optionId(id, "Alpha");
        long beta = optionId(id, "Beta");
        as("afil.rep");
        service.vote(id, Ballot.single(alpha));
        as("le2c.rep");
        service.vote(id, Ballot.single(beta));
        as("wg.member");
        service.vote(id, Ballot.single(beta));
        List<Long> idsBefore = jdbc.queryForList("select id from poll_ballot where poll_id = ?", Long.class, id);
        assertThat(key(id)).isNotNull();

        as("reviewer");
        service.close(id);

        assertThat(key(id)).isNull();
        List<Long> idsAfter = jdbc.queryForList("select id from poll_ballot where poll_id = ?", Long.class, id);
        assertThat(idsAfter).hasSize(3).doesNotContainAnyElementsOf(idsBefore);
        assertThat(jdbc.queryForList("select version from poll_ballot where poll_id = ?", Long.class, id)).containsOnly(0L);
        assertNoColumnNames(id, "afil.rep");
        as("afil.rep");
        PollView closed = service.poll(id).orElseThrow();
        assertThat(votes(closed, "Alpha")).isEqualTo(1);
        assertThat(votes(closed, "Beta")).isEqualTo(2);
        assertThat(closed.ballots()).isEqualTo(3);
        // Nobody's ballot can be told apart any more, the voter's own neither.
        assertThat(closed.myBallot()).isNull();
    }

    @Test
    void aNamedPollKeepsItsVotersAndTheirBallotsAfterClosing() {
        long id = open(false, "Named");
        long alpha = optionId(id, "Alpha");
        as("afil.rep");
        service.vote(id, Ballot.single(alpha));
        as("reviewer");
        service.close(id);

        assertThat(jdbc.queryForList("select voter from poll_ballot where poll_id = ?", String.class, id))
                .containsExactly("afil.rep");
        assertThat(jdbc.queryForObject("select cast_at from poll_ballot where poll_id = ?", Timestamp.class, id)).isNotNull();
        as("afil.rep");
        assertThat(service.poll(id).orElseThrow().myBallot()).isEqualTo(Ballot.single(alpha));
        assertThat(service.poll(id).orElseThrow().voters()).containsExactly("Laura Bianchi");
    }

    @Test
    void ballotsStoredWithUsernamesBeforeAreConverted() throws Exception {
        long open = open(true, "Open before");
        long closed = open(true, "Closed before");
        long named = open(false, "Named before");
        // As the application stored them before V21/V22: the username, times, and no key.
        jdbc.update("update poll set ballot_key = null where id in (?, ?)", open, closed);
        jdbc.update("update poll set closed_at = ? where id = ?", Timestamp.from(Instant.now()), closed);
        for (long poll : List.of(open, closed, named)) {
            oldBallot(poll, "afil.rep", optionId(poll, "Alpha"));
            oldBallot(poll, "le2c.rep", optionId(poll, "Beta"));
        }

        try (Connection connection = dataSource.getConnection()) {
            V22__anonymous_ballots_keep_no_voter.convert(connection, Instant.now());
        }

        assertNoColumnNames(open, "afil.rep");
        assertNoColumnNames(closed, "le2c.rep");
        assertThat(key(closed)).isNull();
        assertThat(jdbc.queryForList("select voter from poll_ballot where poll_id = ? order by voter", String.class, named))
                .containsExactly("afil.rep", "le2c.rep");
        // The open poll's voters still find their ballot, and changing it replaces it.
        as("afil.rep");
        assertThat(service.poll(open).orElseThrow().myBallot()).isEqualTo(Ballot.single(optionId(open, "Alpha")));
        service.vote(open, Ballot.single(optionId(open, "Beta")));
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ?", Integer.class, open)).isEqualTo(2);
        assertThat(votes(service.poll(open).orElseThrow(), "Beta")).isEqualTo(2);
        assertThat(votes(service.poll(closed).orElseThrow(), "Alpha")).isEqualTo(1);
        assertThat(votes(service.poll(closed).orElseThrow(), "Beta")).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------

    /** Neither the username nor the account id, in any column of the poll's ballots and their marks. */
    private void assertNoColumnNames(long pollId, String username) {
        long accountId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("select * from poll_ballot where poll_id = ?", pollId));
        rows.addAll(jdbc.queryForList("select m.* from poll_ballot_mark m join poll_ballot b on b.id = m.ballot_id"
                + " where b.poll_id = ?", pollId));
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            row.forEach((column, value) -> {
                String text = String.valueOf(value);
                assertThat(text).as(column).doesNotContainIgnoringCase(username);
                // Ids and counts are small numbers too: only the voter's own column could mean the account.
                if (column.equalsIgnoreCase("voter")) {
                    assertThat(text).as(column).isNotEqualTo(String.valueOf(accountId))
                            .doesNotContain("account").startsWith("anon:");
                }
            });
        }
    }

    private void oldBallot(long pollId, String username, long optionId) {
        jdbc.update("insert into poll_ballot (poll_id, voter, cast_at, changed_at, version) values (?, ?, ?, null, 0)",
                pollId, username, Timestamp.from(Instant.now()));
        long ballotId = jdbc.queryForObject("select id from poll_ballot where poll_id = ? and voter = ?", Long.class,
                pollId, username);
        jdbc.update("insert into poll_ballot_mark (ballot_id, option_id, weight) values (?, ?, 1)", ballotId, optionId);
    }

    private long open(boolean anonymous, String question) {
        as("reviewer");
        return service.open(new PollDraft(TestPollVenue.TYPE, venueId, null, question, PollKind.SINGLE,
                List.of(PollOptionDraft.of("Alpha"), PollOptionDraft.of("Beta")), null, null, anonymous, true, null));
    }

    private String key(long pollId) {
        return jdbc.queryForObject("select ballot_key from poll where id = ?", String.class, pollId);
    }

    private long optionId(long pollId, String label) {
        return jdbc.queryForObject("select id from poll_option where poll_id = ? and label = ?", Long.class, pollId, label);
    }

    private static int votes(PollView poll, String label) {
        return poll.results().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().votes();
    }

    private void as(String username) {
        SignIn.as(users, username);
    }
}
