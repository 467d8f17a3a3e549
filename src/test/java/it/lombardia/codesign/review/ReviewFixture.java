package it.lombardia.codesign.review;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Data for review tests: proposals of the demo round submitted by their cluster, and the demo
 * round moved on to a later phase. Tests using it run in a transaction that is rolled back, so the
 * demo round and proposals stay as they are for every other test.
 */
public final class ReviewFixture {

    private final ProposalService proposals;
    private final ProposalLifecycle lifecycle;
    private final RoundService rounds;
    private final UserDetailsService users;

    public ReviewFixture(ApplicationContext context) {
        this.proposals = context.getBean(ProposalService.class);
        this.lifecycle = context.getBean(ProposalLifecycle.class);
        this.rounds = context.getBean(RoundService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** A unique text for titles, so that tests sharing a database never see each other's rows. */
    public static String unique(String label) {
        return label + " " + UUID.randomUUID();
    }

    public void as(String username) {
        SignIn.as(users, username);
    }

    public RoundSummary round() {
        return rounds.openRound().orElseThrow();
    }

    /** A new-macro-theme proposal of the lead cluster, created and submitted by that cluster's representative. */
    public ProposalDetails submitted(String representative, String lead, String title, String ecosystem) {
        ProposalDetails draft = draft(representative, lead, title, ecosystem);
        ProposalDetails submitted = lifecycle.submit(draft.id(), draft.version());
        SignIn.out();
        return submitted;
    }

    public ProposalDetails draft(String representative, String lead, String title, String ecosystem) {
        as(representative);
        ProposalContent content = new ProposalContent(ProposalKind.NEW_MACRO_THEME, lead, Set.of(), null, null, title,
                "A proposal written by a review test.", null, null, null, null, Set.of(ecosystem), Set.of(), Set.of(),
                Set.of());
        return proposals.create(round().id(), content);
    }

    /** Moves the demo round on, as an administrator, until it is in the phase; signs out after. */
    public RoundSummary moveRoundTo(RoundPhase phase) {
        as("admin");
        RoundSummary round = round();
        while (round.phase() != phase) {
            round = rounds.advance(round.id(), round.version());
        }
        SignIn.out();
        return round;
    }

    public ProposalDetails find(long id) {
        as("admin");
        ProposalDetails found = proposals.find(id).orElseThrow();
        SignIn.out();
        return found;
    }
}
