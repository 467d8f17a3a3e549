package it.lombardia.codesign.review;

import static it.lombardia.codesign.review.ReviewFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Reviewers' assessments: scores, who writes them, when, and who reads what of them. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
@RecordApplicationEvents
class ReviewAssessmentsTest {

    private static final AssessmentDraft GOOD = new AssessmentDraft(4, 3, 5, "Solid, well placed in the S3.",
            "The department funds a similar pilot; check for overlap.", "Thank you: the Region welcomes the proposal.");

    @Autowired
    Assessments assessments;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    ReviewFixture fixture;
    ProposalDetails proposal;

    @BeforeEach
    void submittedProposal() {
        fixture = new ReviewFixture(context);
        proposal = fixture.submitted("mobility.rep", "CLM", unique("Urban air mobility corridors"),
                "SMART_MOBILITY_ARCHITECTURE");
        events.clear();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aReviewerWritesAndThenChangesTheirAssessment() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("reviewer");

        AssessmentDetails saved = assessments.save(proposal.id(), null, GOOD);

        assertThat(saved.reviewer()).isEqualTo("reviewer");
        assertThat(saved.reviewerName()).isEqualTo("Marco Colombo");
        assertThat(saved.alignment()).isEqualTo(4);
        assertThat(saved.impact()).isEqualTo(3);
        assertThat(saved.feasibility()).isEqualTo(5);
        assertThat(saved.privateNotes()).isEqualTo(GOOD.privateNotes());
        assertThat(assessments.mine(proposal.id())).contains(saved);

        AssessmentDetails changed = assessments.save(proposal.id(), saved.version(),
                new AssessmentDraft(2, 2, 2, "Second thoughts.", "", "Please quantify the impact."));

        assertThat(changed.id()).isEqualTo(saved.id());
        assertThat(changed.alignment()).isEqualTo(2);
        assertThat(changed.privateNotes()).isNull();
        assertThat(assessments.all(proposal.id())).containsExactly(changed);
        assertThat(events.stream(AuditEvent.class).filter(e -> !e.entityType().equals("round")))
                .extracting(AuditEvent::entityType, AuditEvent::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("assessment", "create"),
                        org.assertj.core.groups.Tuple.tuple("assessment", "update"));
    }

    @Test
    void aStaleVersionChangesNothing() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("reviewer");
        AssessmentDetails saved = assessments.save(proposal.id(), null, GOOD);

        for (Long stale : new Long[] {null, saved.version() + 1}) {
            assertThatThrownBy(() -> assessments.save(proposal.id(), stale, new AssessmentDraft(1, 1, 1, null, null, null)))
                    .isInstanceOf(TranslatableException.class)
                    .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("error.stale");
        }

        assertThat(assessments.mine(proposal.id())).contains(saved);
    }

    @Test
    void scoresOutsideOneToFiveAreRefusedAtTheirFields() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("reviewer");

        assertThatThrownBy(() -> assessments.save(proposal.id(), null, new AssessmentDraft(0, 6, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("alignment", "review.validation.score", "impact", "review.validation.score",
                        "feasibility", "validation.required"));

        assertThat(assessments.all(proposal.id())).isEmpty();
        assertThat(events.stream(AuditEvent.class).filter(e -> e.entityType().equals("assessment"))).isEmpty();
    }

    @Test
    void textsLongerThan10000CharactersAreRefusedAtTheirFields() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("reviewer");
        String tooLong = "x".repeat(10_001);

        assertThatThrownBy(() -> assessments.save(proposal.id(), null,
                new AssessmentDraft(1, 5, 3, tooLong, tooLong, tooLong)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("comment", "validation.too-long", "privateNotes", "validation.too-long",
                        "publicAnswer", "validation.too-long"));
        assertThat(assessments.save(proposal.id(), null, new AssessmentDraft(1, 5, 3, null, null, "x".repeat(10_000)))
                .publicAnswer()).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobility.rep", "observer", "wg.member"})
    void onlyRegionStaffAssess(String username) {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as(username);

        assertThatThrownBy(() -> assessments.save(proposal.id(), null, GOOD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.all(proposal.id())).isInstanceOf(AccessDeniedException.class);

        fixture.as("reviewer");
        assertThat(assessments.all(proposal.id())).isEmpty();
    }

    @Test
    void severalReviewersAssessTheSameProposal() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("reviewer");
        assessments.save(proposal.id(), null, GOOD);
        fixture.as("admin");
        assessments.save(proposal.id(), null, new AssessmentDraft(2, 5, 2, null, "Admin only note.", null));

        assertThat(assessments.all(proposal.id())).extracting(AssessmentDetails::reviewerName)
                .containsExactly("Marco Colombo", "Giulia Ferrari");
        ScoreAverages means = ScoreAverages.of(assessments.all(proposal.id()));
        assertThat(means.count()).isEqualTo(2);
        assertThat(means.alignment()).isEqualTo(3.0);
        assertThat(means.impact()).isEqualTo(4.0);
        assertThat(means.feasibility()).isEqualTo(3.5);
    }

    @Test
    void clustersAndEveryoneElseReadOnlyThePublicAnswers() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("reviewer");
        assessments.save(proposal.id(), null, GOOD);
        fixture.as("admin");
        assessments.save(proposal.id(), null, new AssessmentDraft(2, 5, 2, "No answer yet.", "Confidential.", null));

        // written, not sent: nobody outside the Region reads it yet
        for (String username : new String[] {"mobility.rep", "afil.rep", "observer"}) {
            fixture.as(username);
            assertThat(assessments.publicAnswers(proposal.id())).as(username).isEmpty();
        }

        // sent with the change request, as written then
        ProposalLifecycle lifecycle = context.getBean(ProposalLifecycle.class);
        long submittedVersion = fixture.find(proposal.id()).version();
        fixture.as("reviewer");
        ProposalDetails inReview = lifecycle.startReview(proposal.id(), submittedVersion);
        lifecycle.requestChanges(inReview.id(), inReview.version(), "Please quantify.");
        long version = assessments.mine(proposal.id()).orElseThrow().version();
        assessments.save(proposal.id(), version, new AssessmentDraft(4, 4, 3, GOOD.comment(), GOOD.privateNotes(),
                "A second thought, not sent yet."));

        for (String username : new String[] {"mobility.rep", "afil.rep", "observer"}) {
            fixture.as(username);
            assertThat(assessments.publicAnswers(proposal.id())).as(username)
                    .extracting(PublicAnswer::reviewerName, PublicAnswer::answer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Marco Colombo", GOOD.publicAnswer()));
            assertThat(assessments.publicAnswers(proposal.id()).toString()).as(username)
                    .doesNotContain(GOOD.privateNotes(), GOOD.comment(), "Confidential.", "A second thought");
        }
        fixture.as("reviewer");
        assertThat(assessments.all(proposal.id())).filteredOn(a -> a.reviewer().equals("reviewer"))
                .singleElement().satisfies(a -> assertThat(a.answerSent()).isFalse());
    }

    @Test
    void nothingIsAssessedWhileClustersAreStillDrafting() {
        fixture.as("reviewer");

        assertThatThrownBy(() -> assessments.save(proposal.id(), null, GOOD))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("review.refused.assess-phase");
        assertThat(assessments.all(proposal.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RoundPhase.class, names = {"CO_DESIGN", "REVIEW", "CONSOLIDATION"})
    void assessmentsAreWrittenFromCoDesignToConsolidation(RoundPhase phase) {
        fixture.moveRoundTo(phase);
        fixture.as("reviewer");

        assessments.save(proposal.id(), null, GOOD);

        assertThat(assessments.all(proposal.id())).extracting(AssessmentDetails::publicAnswer)
                .containsExactly(GOOD.publicAnswer());
    }

    @Test
    void nothingIsAssessedInAClosedRound() {
        fixture.moveRoundTo(RoundPhase.CLOSED);
        fixture.as("reviewer");

        assertThatThrownBy(() -> assessments.save(proposal.id(), null, GOOD))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("review.refused.round-closed");
        assertThat(assessments.all(proposal.id())).isEmpty();
    }
}
