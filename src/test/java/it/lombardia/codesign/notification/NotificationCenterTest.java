package it.lombardia.codesign.notification;

import static it.lombardia.codesign.notification.NotificationEvents.transition;
import static it.lombardia.codesign.notification.NotificationEvents.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.proposal.CoProposerAnswered;
import it.lombardia.codesign.proposal.CoProposerInvited;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.review.ReviewerAssigned;
import it.lombardia.codesign.round.PhaseEnding;
import it.lombardia.codesign.round.PhaseStarted;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.ui.Translations;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what, in which words, and what a user may do with their own notifications. The
 * events are published in a transaction as the proposal, review and round services do.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class NotificationCenterTest {

    private static final List<String> DEMO = List.of("admin", "reviewer", "afil.rep", "le2c.rep", "mobility.rep",
            "lifesciences.rep", "wg.member", "observer");
    private static final AtomicLong PROPOSAL_IDS = new AtomicLong(900_000);

    @Autowired
    NotificationCenter center;
    @Autowired
    NotificationRepository repository;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    NotificationEvents events;

    @BeforeEach
    void setUp() {
        events = new NotificationEvents(publisher, transaction);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    // ---------------------------------------------------------------------------------------------
    // Who is told
    // ---------------------------------------------------------------------------------------------

    @Test
    void aSubmissionTellsTheOtherRepresentativesOfItsClustersAndTheReviewersButNotTheActor() {
        long id = PROPOSAL_IDS.incrementAndGet();
        String title = uniqueTitle("Submitted");

        events.commit(transition(id, title, ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, "afil.rep", null,
                "AFIL", Set.of("AFIL", "CLM"), null));

        Map<String, List<NotificationItem>> got = receivedByDemoAccounts(title);
        assertThat(got.keySet()).containsExactlyInAnyOrder("mobility.rep", "reviewer");
        NotificationItem cluster = got.get("mobility.rep").getFirst();
        assertThat(cluster.kind()).isEqualTo(NotificationKind.PROPOSAL_STATUS);
        assertThat(cluster.text()).isEqualTo("Proposal “" + title + "” is now: Submitted.");
        assertThat(cluster.link()).isEqualTo("proposals/" + id);
        assertThat(cluster.unread()).isTrue();
        NotificationItem review = got.get("reviewer").getFirst();
        assertThat(review.kind()).isEqualTo(NotificationKind.REVIEW_NEEDED);
        assertThat(review.text()).isEqualTo("Proposal “" + title + "” by AFIL was submitted and waits for review.");
        assertThat(review.link()).isEqualTo("proposals/" + id);
    }

    @Test
    void aResubmissionIsNewWorkForTheReviewers() {
        long id = PROPOSAL_IDS.incrementAndGet();
        String title = uniqueTitle("Resubmitted");

        events.commit(transition(id, title, ProposalStatus.CHANGES_REQUESTED, ProposalStatus.RESUBMITTED, "le2c.rep",
                null, "LE2C", Set.of("LE2C"), null));

        Map<String, List<NotificationItem>> got = receivedByDemoAccounts(title);
        assertThat(got.keySet()).containsExactly("reviewer");
        assertThat(got.get("reviewer").getFirst().text()).contains("was resubmitted with the changes requested");
    }

    @Test
    void aChangeRequestCarriesTheReasonAndReachesEveryClusterOfTheProposal() {
        long id = PROPOSAL_IDS.incrementAndGet();
        String title = uniqueTitle("Changes");

        events.commit(transition(id, title, ProposalStatus.UNDER_REVIEW, ProposalStatus.CHANGES_REQUESTED, "reviewer",
                "Give the TRL range for each line of work.", "AFIL", Set.of("AFIL", "LE2C"), null));

        Map<String, List<NotificationItem>> got = receivedByDemoAccounts(title);
        assertThat(got.keySet()).containsExactlyInAnyOrder("afil.rep", "le2c.rep");
        NotificationItem item = got.get("afil.rep").getFirst();
        assertThat(item.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
        assertThat(item.text()).isEqualTo("Changes were requested on proposal “" + title
                + "”: Give the TRL range for each line of work.");
        assertThat(item.link()).isEqualTo("proposals/" + id);
    }

    @Test
    void decisionsIncludeTheReasonWhenThereIsOne() {
        String approved = uniqueTitle("Approved");
        String rejected = uniqueTitle("Rejected");

        events.commit(
                transition(PROPOSAL_IDS.incrementAndGet(), approved, ProposalStatus.UNDER_REVIEW, ProposalStatus.APPROVED,
                        "reviewer", "Well aligned with the S3.", "LE2C", Set.of("LE2C"), null),
                transition(PROPOSAL_IDS.incrementAndGet(), rejected, ProposalStatus.UNDER_REVIEW, ProposalStatus.REJECTED,
                        "reviewer", "  ", "LE2C", Set.of("LE2C"), null));

        assertThat(textsFor("le2c.rep", approved, Translations.ENGLISH))
                .containsExactly("Proposal “" + approved + "” was approved: Well aligned with the S3.");
        assertThat(textsFor("le2c.rep", rejected, Translations.ENGLISH))
                .containsExactly("Proposal “" + rejected + "” was rejected.");
        assertThat(textsFor("le2c.rep", approved, Translations.ITALIAN))
                .containsExactly("La proposta «" + approved + "» è stata approvata: Well aligned with the S3.");
    }

    @Test
    void aMergedProposalSaysIntoWhichAndLinksThere() {
        long id = PROPOSAL_IDS.incrementAndGet();
        long into = PROPOSAL_IDS.incrementAndGet();
        String title = uniqueTitle("Merged");

        events.commit(transition(id, title, ProposalStatus.UNDER_REVIEW, ProposalStatus.MERGED, "admin", null,
                "LSC", Set.of("LSC"), into));

        NotificationItem item = receivedByDemoAccounts(title).get("lifesciences.rep").getFirst();
        assertThat(item.text()).isEqualTo("Proposal “" + title + "” was merged into proposal no. " + into + ".");
        assertThat(item.link()).isEqualTo("proposals/" + into);
    }

    @Test
    void anInvitationReachesTheInvitedClusterAndTheAnswerTheLeadCluster() {
        long id = PROPOSAL_IDS.incrementAndGet();
        String title = uniqueTitle("Invitation");

        events.commit(new CoProposerInvited(id, title, "AFIL", "CLM", "afil.rep"));
        Map<String, List<NotificationItem>> invited = receivedByDemoAccounts(title);
        events.commit(new CoProposerAnswered(id, title, "AFIL", "CLM", true, "mobility.rep"));
        Map<String, List<NotificationItem>> answered = receivedByDemoAccounts(title);

        assertThat(invited.keySet()).containsExactly("mobility.rep");
        NotificationItem invitation = invited.get("mobility.rep").getFirst();
        assertThat(invitation.kind()).isEqualTo(NotificationKind.CO_PROPOSER_INVITED);
        assertThat(invitation.text()).isEqualTo("AFIL invites your cluster CLM to co-propose “" + title + "”.");
        assertThat(invitation.link()).isEqualTo("proposals/" + id);
        assertThat(answered.keySet()).containsExactlyInAnyOrder("mobility.rep", "afil.rep");
        assertThat(answered.get("afil.rep").getFirst().text()).isEqualTo("CLM accepted to co-propose “" + title + "”.");
        assertThat(answered.get("mobility.rep")).hasSize(1);
    }

    @Test
    void aReviewerHearsOfTheirAssignmentWithTheDueDateUnlessTheyTookItThemselves() {
        String assigned = uniqueTitle("Assigned");
        String taken = uniqueTitle("Taken");

        events.commit(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), assigned, "reviewer", "admin",
                LocalDate.of(2026, 3, 20)));
        events.commit(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), taken, "reviewer", "reviewer", null));

        assertThat(textsFor("reviewer", assigned, Translations.ENGLISH))
                .containsExactly("You were assigned to review proposal “" + assigned + "”, due by Mar 20, 2026.");
        assertThat(textsFor("reviewer", assigned, Translations.ITALIAN))
                .containsExactly("Ti è stata assegnata la revisione della proposta «" + assigned
                        + "», da completare entro il 20 mar 2026.");
        assertThat(receivedByDemoAccounts(taken)).isEmpty();
    }

    @Test
    void anEndingPhaseReachesThoseWhoWorkInIt() {
        String drafting = uniqueTitle("Round D");
        String review = uniqueTitle("Round R");
        String consolidation = uniqueTitle("Round C");
        LocalDate endsOn = LocalDate.of(2026, 4, 30);

        events.commit(new PhaseEnding(1, drafting, RoundPhase.DRAFTING, endsOn),
                new PhaseEnding(1, review, RoundPhase.REVIEW, endsOn),
                new PhaseEnding(1, consolidation, RoundPhase.CONSOLIDATION, endsOn));

        assertThat(receivedByDemoAccounts(drafting).keySet())
                .containsExactlyInAnyOrder("afil.rep", "le2c.rep", "mobility.rep", "lifesciences.rep");
        assertThat(receivedByDemoAccounts(review).keySet()).containsExactly("reviewer");
        assertThat(receivedByDemoAccounts(consolidation).keySet()).containsExactlyInAnyOrder("reviewer", "admin");
        NotificationItem item = receivedByDemoAccounts(review).get("reviewer").getFirst();
        assertThat(item.kind()).isEqualTo(NotificationKind.PHASE_ENDING);
        assertThat(item.text()).isEqualTo("The phase “Review” of " + review + " ends on Apr 30, 2026.");
        assertThat(item.link()).isEmpty();
    }

    @Test
    void aStartedPhaseReachesRepresentativesAndReviewersButNotWhoeverStartedIt() {
        String title = uniqueTitle("Round S");

        events.commit(new PhaseStarted(1, title, RoundPhase.CO_DESIGN, "reviewer"));

        Map<String, List<NotificationItem>> got = receivedByDemoAccounts(title);
        assertThat(got.keySet()).containsExactlyInAnyOrder("afil.rep", "le2c.rep", "mobility.rep", "lifesciences.rep");
        assertThat(got.get("afil.rep").getFirst().text()).isEqualTo(title + ": the phase “Co-design” has started.");
    }

    @Test
    void aRolledBackChangeLeavesNoNotification() {
        String title = uniqueTitle("Rolled back");

        events.rollBack(transition(PROPOSAL_IDS.incrementAndGet(), title, ProposalStatus.DRAFT, ProposalStatus.SUBMITTED,
                "afil.rep", null, "AFIL", Set.of("AFIL", "LE2C"), null));

        assertThat(receivedByDemoAccounts(title)).isEmpty();
    }

    @Test
    void disabledAccountsAreNotTold() {
        SignIn.as(userDetailsService, "admin");
        AccountSummary on = accounts.create(representative("TAV"), "long-enough-1");
        AccountSummary off = accounts.create(representative("TAV"), "long-enough-1");
        accounts.setEnabled(off.id(), off.version(), false);
        String title = uniqueTitle("Disabled");

        events.commit(new CoProposerInvited(PROPOSAL_IDS.incrementAndGet(), title, "AFIL", "TAV", "afil.rep"));

        assertThat(repository.findAll().stream().filter(n -> n.getMessage().arguments().getFirst().value().equals(title))
                .map(Notification::getRecipient)).contains(on.username()).doesNotContain(off.username());
    }

    @Test
    void titlesAndReasonsKeepEveryCharacter() {
        String title = uniqueTitle("It's {0} a \"quoted\" «title», 100% [x]|{1}");
        String reason = "Line one\nline two: don't use '{' or \"}\" \\ here";

        events.commit(transition(PROPOSAL_IDS.incrementAndGet(), title, ProposalStatus.UNDER_REVIEW,
                ProposalStatus.CHANGES_REQUESTED, "reviewer", reason, "LE2C", Set.of("LE2C"), null));

        assertThat(textsFor("le2c.rep", title, Translations.ENGLISH))
                .containsExactly("Changes were requested on proposal “" + title + "”: " + reason);
    }

    // ---------------------------------------------------------------------------------------------
    // Reading and marking read
    // ---------------------------------------------------------------------------------------------

    @Test
    void countsAndMarkingRead() {
        SignIn.as(userDetailsService, "admin");
        AccountSummary me = accounts.create(new AccountDraft(uniqueUsername(), "Rita Reviewer", null, null,
                Set.of(Role.REVIEWER), Set.of()), "long-enough-1");
        for (int i = 0; i < 3; i++) {
            events.commit(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), uniqueTitle("Count"), me.username(),
                    "admin", null));
        }
        SignIn.as(userDetailsService, me.username());

        assertThat(center.unreadCount()).isEqualTo(3);
        assertThat(center.count(false)).isEqualTo(3);
        List<NotificationItem> latest = center.latest(10, Translations.ENGLISH);
        assertThat(latest).hasSize(3).allMatch(NotificationItem::unread);
        assertThat(latest).isSortedAccordingTo((a, b) -> Long.compare(b.id(), a.id()));

        NotificationItem read = center.markRead(latest.get(1).id(), Translations.ENGLISH);
        assertThat(read.unread()).isFalse();
        assertThat(center.unreadCount()).isEqualTo(2);
        center.markRead(latest.get(1).id(), Translations.ENGLISH);
        assertThat(center.unreadCount()).isEqualTo(2);
        assertThat(center.page(true, PageRequest.of(0, 10), Translations.ENGLISH).getContent())
                .extracting(NotificationItem::id).containsExactly(latest.get(0).id(), latest.get(2).id());
        assertThat(center.count(true)).isEqualTo(2);

        assertThat(center.markAllRead()).isEqualTo(2);
        assertThat(center.unreadCount()).isZero();
        assertThat(center.count(false)).isEqualTo(3);
        assertThat(center.latest(10, Translations.ENGLISH)).noneMatch(NotificationItem::unread);
    }

    @Test
    void nobodyMayMarkAnotherUsersNotificationRead() {
        String title = uniqueTitle("Not yours");
        events.commit(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), title, "reviewer", "admin", null));
        Notification theirs = repository.findAll().stream()
                .filter(n -> n.getMessage().arguments().getFirst().value().equals(title)).findFirst().orElseThrow();
        SignIn.as(userDetailsService, "afil.rep");

        NotPermittedException e = catchThrowableOfType(NotPermittedException.class,
                () -> center.markRead(theirs.getId(), Translations.ENGLISH));

        assertThat(e.messageKey()).isEqualTo("notification.error.not-yours");
        assertThat(repository.findById(theirs.getId()).orElseThrow().isUnread()).isTrue();
        assertThat(textsFor("afil.rep", title, Translations.ENGLISH)).isEmpty();
    }

    @Test
    void markAllReadTouchesOnlyTheUsersOwn() {
        String title = uniqueTitle("Own only");
        events.commit(new PhaseEnding(1, title, RoundPhase.DRAFTING, LocalDate.of(2026, 4, 30)));
        SignIn.as(userDetailsService, "afil.rep");

        center.markAllRead();

        assertThat(center.unreadCount()).isZero();
        SignIn.as(userDetailsService, "le2c.rep");
        assertThat(center.latest(50, Translations.ENGLISH)).filteredOn(n -> n.text().contains(title))
                .singleElement().matches(NotificationItem::unread);
    }

    @Test
    void signedOutCallsAreRefused() {
        assertThatThrownBy(() -> center.unreadCount()).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> center.latest(5, Translations.ENGLISH)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> center.markAllRead()).isInstanceOf(NotPermittedException.class);
    }

    // ---------------------------------------------------------------------------------------------

    /** The demo accounts that got a notification about {@code title}, each with what they got. */
    private Map<String, List<NotificationItem>> receivedByDemoAccounts(String title) {
        Map<String, List<NotificationItem>> received = new TreeMap<>();
        for (String username : DEMO) {
            List<NotificationItem> items = itemsFor(username, title, Translations.ENGLISH);
            if (!items.isEmpty()) {
                received.put(username, items);
            }
        }
        return received;
    }

    private List<String> textsFor(String username, String title, Locale locale) {
        return itemsFor(username, title, locale).stream().map(NotificationItem::text).toList();
    }

    private List<NotificationItem> itemsFor(String username, String title, Locale locale) {
        SignIn.as(userDetailsService, username);
        try {
            return center.page(false, PageRequest.of(0, 500), locale).stream()
                    .filter(n -> n.text().contains(title)).toList();
        } finally {
            SignIn.out();
        }
    }

    private static AccountDraft representative(String cluster) {
        return new AccountDraft(uniqueUsername(), "Test Representative", null, null, Set.of(Role.REPRESENTATIVE),
                Set.of(cluster));
    }

    private static String uniqueUsername() {
        return "n." + UUID.randomUUID().toString().substring(0, 12);
    }
}
