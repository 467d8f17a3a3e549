package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.discussion.DiscussionService;
import it.lombardia.codesign.discussion.MentionRefusedException;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The read rule of proposals, role by role and place by place: a draft is read by region staff,
 * its lead cluster, the clusters that accepted to co-propose and those invited to it; from its first
 * submission on by everyone. Every service that shows a proposal or something of it answers the same.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class ProposalVisibilityTest {

    /** Every demo role, with whether they read an AFIL draft that invites LE2C. */
    static final Map<String, Boolean> READS_THE_DRAFT = Map.of(
            "admin", true,
            "reviewer", true,
            "afil.rep", true,
            "le2c.rep", true,
            "mobility.rep", false,
            "lifesciences.rep", false,
            "wg.member", false,
            "observer", false);

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    ProposalHistory history;
    @Autowired
    RoundProposals roundProposals;
    @Autowired
    DiscussionService discussion;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService userDetailsService;

    long roundId;
    String title;
    ProposalDetails draft;

    @BeforeEach
    void anAfilDraftInvitingLe2c() {
        roundId = rounds.openRound().orElseThrow().id();
        title = unique("Visibility draft");
        as("afil.rep");
        draft = proposals.create(roundId, macroTheme("AFIL", title).co("LE2C").build());
        discussion.startThread(ProposalChanges.DISCUSSION_SUBJECT, draft.id(), null, "Our secret plan.", false);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyPlaceShowsADraftToItsReadersOnly() {
        READS_THE_DRAFT.forEach((username, reads) -> {
            as(username);
            ProposalFilter mine = ProposalFilter.ofRound(roundId).withText(title);
            assertThat(proposals.find(draft.id()).isPresent()).as(username + " opens the id").isEqualTo(reads);
            assertThat(titles(mine)).as(username + " in the grid").isEqualTo(reads ? List.of(title) : List.of());
            assertThat(proposals.count(mine)).as(username + " counts").isEqualTo(reads ? 1 : 0);
            assertThat(roundProposals.of(roundId).stream().map(ProposalRecord::title).toList().contains(title))
                    .as(username + " in the API, report and charts").isEqualTo(reads);
            Map<ProposalStatus, Long> byStatus = proposals.countsByStatus(roundId);
            assertThat(byStatus.get(ProposalStatus.DRAFT)).as(username + " counts drafts")
                    .isEqualTo(proposals.count(ProposalFilter.ofRound(roundId).withStatus(ProposalStatus.DRAFT)));
            if (reads) {
                assertThat(history.history(draft.id())).as(username + " reads the history").isNotEmpty();
                assertThat(history.versions(draft.id())).as(username + " reads the versions").isNotEmpty();
                assertThat(discussion.threads(ProposalChanges.DISCUSSION_SUBJECT, draft.id()))
                        .as(username + " reads the discussion").isNotEmpty();
            } else {
                notFound(() -> history.history(draft.id()), "error.proposal.not-found");
                notFound(() -> history.versions(draft.id()), "error.proposal.not-found");
                notFound(() -> history.version(draft.id(), 1), "error.proposal.not-found");
                notFound(() -> discussion.threads(ProposalChanges.DISCUSSION_SUBJECT, draft.id()),
                        "discussion.refusal.no-subject");
                notFound(() -> discussion.openThreadCount(ProposalChanges.DISCUSSION_SUBJECT, draft.id()),
                        "discussion.refusal.no-subject");
                notFound(() -> discussion.startThread(ProposalChanges.DISCUSSION_SUBJECT, draft.id(), null, "Hello?",
                        false), "discussion.refusal.no-subject");
            }
        });
    }

    @Test
    void peopleOutsideTheDraftSeeNoDraftAtAllInTheCounts() {
        as("observer");
        assertThat(proposals.countsByStatus(roundId).get(ProposalStatus.DRAFT)).isZero();
        assertThat(roundProposals.of(roundId)).allSatisfy(p -> assertThat(p.submittedAt()).isNotNull());
    }

    @Test
    void aDeclinedInvitationEndsTheReadingAndASubmissionOpensItToAll() {
        as("le2c.rep");
        ProposalDetails declined = lifecycle.answerInvitation(draft.id(), draft.version(), "LE2C", false);
        assertThat(proposals.find(draft.id())).isEmpty();

        as("afil.rep");
        lifecycle.submit(draft.id(), declined.version());
        for (String username : READS_THE_DRAFT.keySet()) {
            as(username);
            assertThat(proposals.find(draft.id())).as(username).isPresent();
            assertThat(discussion.threads(ProposalChanges.DISCUSSION_SUBJECT, draft.id())).as(username).isNotEmpty();
        }
    }

    @Test
    void nobodyOutsideTheDraftCanBeMentionedInItsDiscussion() {
        as("afil.rep");
        assertThatThrownBy(() -> discussion.startThread(ProposalChanges.DISCUSSION_SUBJECT, draft.id(), null,
                "What do you think, @mobility.rep?", false))
                .isInstanceOfSatisfying(MentionRefusedException.class, e -> {
                    assertThat(e.fieldErrors()).containsEntry("body", "discussion.validation.mention-no-access");
                    assertThat(e.usernames()).containsExactly("mobility.rep");
                });
        // the invited cluster and the Region may be asked
        discussion.startThread(ProposalChanges.DISCUSSION_SUBJECT, draft.id(), null,
                "What do you think, @le2c.rep and @reviewer?", false);
    }

    // ---------------------------------------------------------------------------------------------

    private void as(String username) {
        SignIn.as(userDetailsService, username);
    }

    private List<String> titles(ProposalFilter filter) {
        return proposals.search(filter, PageRequest.of(0, 10)).map(ProposalSummary::title).getContent();
    }

    private static void notFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo(key);
    }
}
