package it.lombardia.codesign.review;

import static it.lombardia.codesign.review.ReviewFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Who may assign whom to review which proposal, and what an assignment announces. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
@RecordApplicationEvents
class ReviewAssignmentsTest {

    @Autowired
    ReviewAssignments assignments;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    ReviewFixture fixture;
    ProposalDetails proposal;

    @BeforeEach
    void submittedProposal() {
        fixture = new ReviewFixture(context);
        proposal = fixture.submitted("le2c.rep", "LE2C", unique("Green hydrogen valleys"), "SUSTAINABILITY");
        events.clear();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void adminAssignsAReviewerDueAtTheEndOfTheReviewPhase() {
        LocalDate reviewEnds = fixture.round().plan(RoundPhase.REVIEW).map(PhasePlan::endsOn).orElseThrow();
        fixture.as("admin");

        AssignmentDetails assigned = assignments.assign(proposal.id(), "reviewer", null);

        assertThat(assigned.reviewer()).isEqualTo("reviewer");
        assertThat(assigned.reviewerName()).isEqualTo("Marco Colombo");
        assertThat(assigned.assignedBy()).isEqualTo("admin");
        assertThat(assigned.dueOn()).isEqualTo(reviewEnds);
        assertThat(assigned.overdue()).isFalse();
        assertThat(assignments.assignmentsOf(proposal.id())).extracting(AssignmentDetails::reviewer)
                .containsExactly("reviewer");
        assertThat(events.stream(ReviewerAssigned.class)).containsExactly(new ReviewerAssigned(proposal.id(),
                proposal.content().title(), "reviewer", "admin", reviewEnds));
        assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("assignment");
            assertThat(e.action()).isEqualTo("assign");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.entityId()).isEqualTo(String.valueOf(assigned.id()));
            assertThat(e.before()).isNull();
            assertThat(e.after()).isEqualTo(assigned);
        });
    }

    @Test
    void adminMayChooseTheDueDate() {
        LocalDate due = LocalDate.now().plusDays(3);
        fixture.as("admin");

        assignments.assign(proposal.id(), "reviewer", due);

        assertThat(assignments.assignmentsOf(proposal.id())).singleElement()
                .extracting(AssignmentDetails::dueOn).isEqualTo(due);
        assertThat(events.stream(ReviewerAssigned.class)).extracting(ReviewerAssigned::dueOn).containsExactly(due);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reviewer", "le2c.rep", "observer"})
    void onlyAdministratorsAssign(String username) {
        fixture.as(username);

        assertThatThrownBy(() -> assignments.assign(proposal.id(), "reviewer", null))
                .isInstanceOf(AccessDeniedException.class);

        fixture.as("admin");
        assertThat(assignments.assignmentsOf(proposal.id())).isEmpty();
        assertThat(events.stream(ReviewerAssigned.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "le2c.rep", "nobody.at.all"})
    void onlyAccountsWithTheReviewerRoleCanBeAssigned(String username) {
        fixture.as("admin");

        assertThatThrownBy(() -> assignments.assign(proposal.id(), username, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("reviewer", "review.validation.not-a-reviewer"));

        assertThat(assignments.assignmentsOf(proposal.id())).isEmpty();
        assertThat(events.stream(ReviewerAssigned.class)).isEmpty();
    }

    @Test
    void aDisabledReviewerCannotBeAssigned() {
        fixture.as("admin");
        String username = "reviewer.tmp." + System.nanoTime();
        AccountSummary created = accounts.create(new AccountDraft(username, "Temporary Reviewer", null, null,
                Set.of(Role.REVIEWER), Set.of()), "long-enough-password");
        accounts.setEnabled(created.id(), created.version(), false);

        assertThatThrownBy(() -> assignments.assign(proposal.id(), username, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors().get("reviewer"))
                .isEqualTo("review.validation.not-a-reviewer");
        assertThat(assignments.reviewers()).extracting(r -> r.username()).contains("reviewer").doesNotContain(username);
    }

    @Test
    void aDemotedAdministratorsOpenSessionIsRefused() {
        fixture.as("admin");
        String username = "admin.tmp." + System.nanoTime();
        accounts.create(new AccountDraft(username, "Temporary Admin", null, null, Set.of(Role.ADMIN), Set.of()),
                "long-enough-password");
        var session = SignIn.as(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                username);
        fixture.as("admin");
        AccountSummary account = accounts.search(username, Pageable.ofSize(5)).getContent().getFirst();
        accounts.update(account.id(), account.version(), new AccountDraft(username, "Temporary Admin", null, null,
                Set.of(Role.OBSERVER), Set.of()));

        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(session);
        assertThatThrownBy(() -> assignments.assign(proposal.id(), "reviewer", null))
                .isInstanceOf(NotPermittedException.class);

        fixture.as("admin");
        assertThat(assignments.assignmentsOf(proposal.id())).isEmpty();
    }

    @Test
    void theSameReviewerIsAssignedOnlyOnce() {
        fixture.as("admin");
        assignments.assign(proposal.id(), "reviewer", null);

        assertThatThrownBy(() -> assignments.assign(proposal.id(), "reviewer", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors().get("reviewer"))
                .isEqualTo("review.validation.already-assigned");

        assertThat(assignments.assignmentsOf(proposal.id())).hasSize(1);
    }

    @Test
    void aDueDateInThePastIsRefusedAtTheField() {
        fixture.as("admin");

        assertThatThrownBy(() -> assignments.assign(proposal.id(), "reviewer", LocalDate.now().minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors().get("dueOn"))
                .isEqualTo("review.validation.due-past");

        assertThat(assignments.assignmentsOf(proposal.id())).isEmpty();
    }

    @Test
    void draftsAreNotReviewed() {
        ProposalDetails draft = fixture.draft("le2c.rep", "LE2C", unique("Still a draft"), "SUSTAINABILITY");
        fixture.as("admin");

        assertThatThrownBy(() -> assignments.assign(draft.id(), "reviewer", null))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("review.refused.not-submitted");
        fixture.as("reviewer");
        assertThatThrownBy(() -> assignments.take(draft.id()))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("review.refused.not-submitted");
    }

    @Test
    void aReviewerTakesAProposalOnce() {
        fixture.as("reviewer");

        AssignmentDetails taken = assignments.take(proposal.id());

        assertThat(taken.reviewer()).isEqualTo("reviewer");
        assertThat(taken.assignedBy()).isEqualTo("reviewer");
        assertThat(assignments.assignmentsOf(proposal.id())).extracting(AssignmentDetails::reviewer)
                .containsExactly("reviewer");
        assertThat(events.stream(ReviewerAssigned.class)).extracting(ReviewerAssigned::reviewer, ReviewerAssigned::assignedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reviewer", "reviewer"));
        assertThatThrownBy(() -> assignments.take(proposal.id()))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("review.refused.already-assigned");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "le2c.rep"})
    void onlyReviewersTake(String username) {
        fixture.as(username);

        assertThatThrownBy(() -> assignments.take(proposal.id())).isInstanceOf(AccessDeniedException.class);

        fixture.as("admin");
        assertThat(assignments.assignmentsOf(proposal.id())).isEmpty();
    }

    @Test
    void adminRemovesAReviewerWithTheVersionTheySaw() {
        fixture.as("admin");
        AssignmentDetails assigned = assignments.assign(proposal.id(), "reviewer", null);
        events.clear();

        assertThatThrownBy(() -> assignments.unassign(assigned.id(), assigned.version() + 1))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("error.stale");
        assertThat(assignments.assignmentsOf(proposal.id())).hasSize(1);
        fixture.as("reviewer");
        assertThatThrownBy(() -> assignments.unassign(assigned.id(), assigned.version()))
                .isInstanceOf(AccessDeniedException.class);

        fixture.as("admin");
        assignments.unassign(assigned.id(), assigned.version());

        assertThat(assignments.assignmentsOf(proposal.id())).isEmpty();
        assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("unassign");
            assertThat(e.before()).isEqualTo(assigned);
            assertThat(e.after()).isNull();
        });
    }

    @Test
    void adminChangesTheDueDate() {
        fixture.as("admin");
        AssignmentDetails assigned = assignments.assign(proposal.id(), "reviewer", null);
        LocalDate later = LocalDate.now().plusDays(60);

        AssignmentDetails changed = assignments.changeDueDate(assigned.id(), assigned.version(), later);

        assertThat(changed.dueOn()).isEqualTo(later);
        assertThat(changed.version()).isGreaterThan(assigned.version());
        assertThat(events.stream(AuditEvent.class)).extracting(AuditEvent::action).containsExactly("assign", "update");
    }

    @Test
    void nobodyIsAssignedInAClosedRound() {
        fixture.moveRoundTo(RoundPhase.CLOSED);
        fixture.as("admin");

        assertThatThrownBy(() -> assignments.assign(proposal.id(), "reviewer", null))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("review.refused.round-closed");
        fixture.as("reviewer");
        assertThatThrownBy(() -> assignments.take(proposal.id()))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("review.refused.round-closed");
        assertThat(events.stream(ReviewerAssigned.class)).isEmpty();
    }

    @Test
    void assignmentsAreForRegionStaffOnly() {
        fixture.as("le2c.rep");

        assertThatThrownBy(() -> assignments.assignmentsOf(proposal.id())).isInstanceOf(AccessDeniedException.class);
    }
}
