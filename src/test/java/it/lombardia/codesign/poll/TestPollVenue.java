package it.lombardia.codesign.poll;

import it.lombardia.codesign.identity.Actor;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A venue for the poll tests, answering for {@value #TYPE} only: the administrator and the reviewer
 * run polls, five demo users vote (the administrator among them), everyone but the life-sciences
 * representative sees them.
 */
@Component
public class TestPollVenue implements PollVenue {

    public static final String TYPE = "test-venue";
    static final Set<String> RUNNERS = Set.of("admin", "reviewer");
    static final Set<String> VOTERS = Set.of("admin", "afil.rep", "le2c.rep", "mobility.rep", "wg.member");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<String> title(long venueId) {
        return Optional.of("Test venue " + venueId);
    }

    @Override
    public boolean mayView(long venueId, Actor actor) {
        return !actor.username().equals("lifesciences.rep");
    }

    @Override
    public boolean mayRun(long venueId, Actor actor) {
        return RUNNERS.contains(actor.username());
    }

    @Override
    public boolean mayVote(long venueId, Actor actor) {
        return VOTERS.contains(actor.username());
    }

    @Override
    public int electorate(long venueId) {
        return VOTERS.size();
    }
}
