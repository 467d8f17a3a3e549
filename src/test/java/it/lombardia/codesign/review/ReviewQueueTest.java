package it.lombardia.codesign.review;

import static it.lombardia.codesign.review.ReviewFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.round.RoundPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue's filters. Every proposal of a test carries the same unique tag in its title, and
 * the queue is searched for it, so that demo proposals and other tests' rows do not interfere.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
class ReviewQueueTest {

    @Autowired
    ReviewQueue queue;
    @Autowired
    ReviewAssignments assignments;
    @Autowired
    Assessments assessments;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;
    @PersistenceContext
    EntityManager entityManager;
    @Autowired
    ApplicationContext context;

    ReviewFixture fixture;
    String tag;
    ProposalDetails energyMine;
    ProposalDetails healthOverdue;
    ProposalDetails mobilityUnassigned;
    ProposalDetails energyChangesRequested;
    ProposalDetails draft;

    @BeforeEach
    void proposals() {
        fixture = new ReviewFixture(context);
        tag = "QT-" + UUID.randomUUID();
        energyMine = fixture.submitted("le2c.rep", "LE2C", tag + " storage", "SUSTAINABILITY");
        healthOverdue = fixture.submitted("lifesciences.rep", "LSC", tag + " trials", "HEALTH_LIFE_SCIENCE");
        mobilityUnassigned = fixture.submitted("mobility.rep", "CLM", tag + " freight", "SMART_MOBILITY_ARCHITECTURE");
        energyChangesRequested = fixture.submitted("le2c.rep", "LE2C", tag + " heat pumps", "SUSTAINABILITY");
        draft = fixture.draft("le2c.rep", "LE2C", tag + " draft", "SUSTAINABILITY");

        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("admin");
        assignments.assign(energyMine.id(), "reviewer", LocalDate.now().plusDays(5));
        assignments.assign(energyChangesRequested.id(), "reviewer", null);
        AssignmentDetails other = assignments.assign(healthOverdue.id(), "reviewer", null);
        // Due dates pass; the service never sets one in the past, so the test moves it there.
        jdbc.sql("update review_assignment set due_on = ? where id = ?")
                .params(LocalDate.now().minusDays(1), other.id()).update();
        jdbc.sql("update review_assignment set due_on = ? where proposal_id = ?")
                .params(LocalDate.now().minusDays(1), energyChangesRequested.id()).update();
        entityManager.clear();
        ProposalDetails underReview = lifecycle.startReview(energyChangesRequested.id(), energyChangesRequested.version());
        lifecycle.requestChanges(underReview.id(), underReview.version(), "Please add figures.");
        fixture.as("reviewer");
        assessments.save(energyMine.id(), null, new AssessmentDraft(3, 3, 3, null, null, null));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void pendingShowsWhatAwaitsReviewAndNeverDrafts() {
        assertThat(titles(new ReviewQueueFilter(true, false, false, null, tag)))
                .containsExactlyInAnyOrder(tag + " storage", tag + " trials", tag + " freight");
        assertThat(titles(new ReviewQueueFilter(false, false, false, null, tag)))
                .containsExactlyInAnyOrder(tag + " storage", tag + " trials", tag + " freight", tag + " heat pumps");
    }

    @Test
    void mineShowsWhatIsAssignedToTheSignedInReviewer() {
        assertThat(titles(new ReviewQueueFilter(false, true, false, null, tag)))
                .containsExactlyInAnyOrder(tag + " storage", tag + " trials", tag + " heat pumps");
        fixture.as("admin");
        assertThat(titles(new ReviewQueueFilter(false, true, false, null, tag))).isEmpty();
    }

    @Test
    void overdueIsAPassedDueDateOnAProposalStillAwaitingReview() {
        assertThat(titles(new ReviewQueueFilter(false, false, true, null, tag))).containsExactly(tag + " trials");

        List<ReviewQueueRow> rows = rows(new ReviewQueueFilter(false, false, false, null, tag));
        assertThat(rows).filteredOn(ReviewQueueRow::overdue).extracting(r -> r.proposal().title())
                .containsExactly(tag + " trials");
        // Overdue reviews come first.
        assertThat(rows.getFirst().proposal().title()).isEqualTo(tag + " trials");
    }

    @Test
    void ecosystemFilter() {
        assertThat(titles(new ReviewQueueFilter(false, false, false, "SUSTAINABILITY", tag)))
                .containsExactlyInAnyOrder(tag + " storage", tag + " heat pumps");
        assertThat(titles(new ReviewQueueFilter(true, true, false, "HEALTH_LIFE_SCIENCE", tag)))
                .containsExactly(tag + " trials");
    }

    @Test
    void rowsCarryReviewersDueDatesAndAssessments() {
        ReviewQueueRow storage = rows(new ReviewQueueFilter(true, false, false, null, tag + " storage")).getFirst();
        assertThat(storage.assignments()).extracting(AssignmentDetails::reviewerName).containsExactly("Marco Colombo");
        assertThat(storage.dueOn()).isEqualTo(LocalDate.now().plusDays(5));
        assertThat(storage.overdue()).isFalse();
        assertThat(storage.assessments()).isEqualTo(1);
        ReviewQueueRow freight = rows(new ReviewQueueFilter(true, false, false, null, tag + " freight")).getFirst();
        assertThat(freight.assignments()).isEmpty();
        assertThat(freight.dueOn()).isNull();
        assertThat(freight.assessments()).isZero();
    }

    @Test
    void pagesAndSortsInTheService() {
        ReviewQueueFilter all = new ReviewQueueFilter(false, false, false, null, tag);
        Page<ReviewQueueRow> first = queue.page(all, PageRequest.of(0, 3, Sort.by(ReviewQueue.SORT_TITLE)));
        Page<ReviewQueueRow> second = queue.page(all, PageRequest.of(1, 3, Sort.by(ReviewQueue.SORT_TITLE)));

        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(queue.count(all)).isEqualTo(4);
        assertThat(first.getContent()).extracting(r -> r.proposal().title())
                .containsExactly(tag + " freight", tag + " heat pumps", tag + " storage");
        assertThat(second.getContent()).extracting(r -> r.proposal().title()).containsExactly(tag + " trials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"le2c.rep", "observer", "wg.member"})
    void theQueueIsForRegionStaffOnly(String username) {
        fixture.as(username);

        assertThatThrownBy(() -> queue.page(ReviewQueueFilter.pendingOnly(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.count(ReviewQueueFilter.pendingOnly())).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> titles(ReviewQueueFilter filter) {
        return rows(filter).stream().map(r -> r.proposal().title()).toList();
    }

    private List<ReviewQueueRow> rows(ReviewQueueFilter filter) {
        return queue.page(filter, Pageable.unpaged()).getContent();
    }
}
