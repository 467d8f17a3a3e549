package it.lombardia.codesign.poll;

import it.lombardia.codesign.identity.Actor;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * How an anonymous poll keeps one changeable ballot per voter without keeping who voted what
 * (docs/decisions/0003-append-only-audit-and-anonymous-ballots.md). A named poll's ballot carries
 * its voter's username. An anonymous poll's ballot carries, in its place, an HMAC-SHA256 of the
 * voter's account id keyed with the poll's own random key, and no times: enough to find the voter's
 * ballot again while the poll is open, and nothing else. When the poll closes, its key is erased and
 * its ballots are written again in random order (new ids, new rows), so that from then on neither
 * the database nor the application can tell whose ballot is whose, not even by matching the order
 * of the ballots with the audit log's "voted" entries.
 */
@Component
class AnonymousBallots {

    /** Marks a voter column that holds a hash, not a username (usernames cannot contain ':'). */
    static final String PREFIX = "anon:";
    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PollBallotRepository ballots;

    AnonymousBallots(PollBallotRepository ballots) {
        this.ballots = ballots;
    }

    /** A new poll key: 256 random bits. */
    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * What the ballot's voter column holds for this person: their username in a named poll, the
     * keyed hash of their account in an anonymous one; null for an anonymous poll that has closed
     * (its ballots can no longer be told apart).
     */
    static String voter(Poll poll, Actor actor) {
        if (!poll.isAnonymous()) {
            return actor.username();
        }
        return poll.getBallotKey() == null ? null : hash(poll.getBallotKey(), actor.id());
    }

    /** The keyed hash of an account; the Java migration V22 computes the same for ballots cast before it. */
    static String hash(String pollKey, long accountId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(pollKey), HMAC));
            byte[] digest = mac.doFinal(("account:" + accountId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /**
     * On closing an anonymous poll: forgets its key and writes its ballots again, in random order.
     * Runs in the closing's transaction, which holds the poll's lock, so no ballot comes in between.
     */
    void seal(Poll poll) {
        if (!poll.isAnonymous() || poll.getBallotKey() == null) {
            return;
        }
        poll.eraseBallotKey();
        List<PollBallot> cast = ballots.findWithMarks(List.of(poll.getId()));
        List<PollBallot> again = new ArrayList<>();
        cast.forEach(b -> again.add(new PollBallot(poll.getId(), b.getVoter(), b.ballot(), null)));
        ballots.deleteAll(cast);
        ballots.flush();
        Collections.shuffle(again, RANDOM);
        // One at a time, so that the new ids follow the shuffled order.
        again.forEach(ballots::saveAndFlush);
    }
}
