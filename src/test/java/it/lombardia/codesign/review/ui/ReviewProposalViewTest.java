package it.lombardia.codesign.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.review.AnswerTemplateDetails;
import it.lombardia.codesign.review.AssessmentDraft;
import it.lombardia.codesign.review.Assessments;
import it.lombardia.codesign.review.ReviewFixture;
import it.lombardia.codesign.review.Reviewer;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * One proposal's review page for reviewers, administrators and the proposing cluster. Each test runs
 * in a transaction that is rolled back, so moving the demo round on and deciding on demo proposals
 * leaves nothing behind.
 */
@Transactional
class ReviewProposalViewTest extends KaribuTest {

    private static final String LOGISTICS = "Zero-Emission Logistics and Intermodal Freight";
    private static final String AVIATION = "Sustainable aviation fuels and hybrid-electric propulsion";
    private static final String QUANTIFY = "Please quantify the territorial impact";
    private static final String PRIVATE = "Internal: the DG already funds a similar pilot in Brescia.";
    private static final String PUBLIC = "Thank you. Please add the expected emission savings.";

    @Autowired
    ProposalService proposals;
    @Autowired
    Assessments assessments;

    ReviewFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReviewFixture(context);
    }

    // ---------------------------------------------------------------- reviewer

    @Test
    void reviewerAssessesUsingAnAnswerTemplate() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        signIn("reviewer");
        open(LOGISTICS);
        assertThat(_get(H1.class).getText()).isEqualTo(LOGISTICS);
        assertThat(_get(Anchor.class, s -> s.withId("open-proposal")).getHref()).isEqualTo("proposals/" + idOf(LOGISTICS));

        _setValue(score("alignment"), 4);
        _setValue(score("impact"), 3);
        _setValue(score("feasibility"), 5);
        _setValue(area("comment"), "Fits the mobility ecosystem well.");
        _setValue(area("privateNotes"), PRIVATE);
        _setValue(template(), templateTitled(QUANTIFY));
        assertThat(area("publicAnswer").getValue()).isEqualTo(templateTitled(QUANTIFY).body());
        assertThat(template().getValue()).isNull();
        _click(button("save-assessment"));

        NotificationsKt.expectNotifications("Assessment saved.");
        Div list = _get(Div.class, s -> s.withId("assessments"));
        assertThat(text(list)).contains("Assessments (1)", "Marco Colombo",
                "Alignment with the S3 4/5 · expected impact 3/5 · feasibility 5/5", PRIVATE,
                templateTitled(QUANTIFY).body(), "Means: alignment 4.0, impact 3.0, feasibility 5.0; overall 4.0 out of 5.");
        assertThat(_find(list, it.lombardia.codesign.ui.Badge.class)).extracting(b -> b.getText())
                .containsExactly("Region staff only");
        // The form shows what was saved; a second save changes the same assessment.
        assertThat(score("alignment").getValue()).isEqualTo(4);
        _setValue(score("alignment"), 2);
        _click(button("save-assessment"));
        assertThat(text(_get(Div.class, s -> s.withId("assessments")))).contains("Assessments (1)",
                "Alignment with the S3 2/5");
    }

    @Test
    void aTemplateIsAddedAfterWhatIsAlreadyWritten() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        signIn("reviewer");
        open(LOGISTICS);
        _setValue(area("publicAnswer"), "Dear cluster,");

        _setValue(template(), templateTitled(QUANTIFY));

        assertThat(area("publicAnswer").getValue()).isEqualTo("Dear cluster,\n\n" + templateTitled(QUANTIFY).body());
    }

    @Test
    void missingScoresAreRefusedAtTheirFields() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        signIn("reviewer");
        open(LOGISTICS);
        _setValue(score("impact"), 3);

        _click(button("save-assessment"));

        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
        assertThat(score("alignment").isInvalid()).isTrue();
        assertThat(score("alignment").getErrorMessage()).isEqualTo("This field is required.");
        assertThat(score("feasibility").isInvalid()).isTrue();
        assertThat(score("impact").isInvalid()).isFalse();
        assertThat(text(_get(Div.class, s -> s.withId("assessments")))).contains("Assessments (0)");
    }

    @Test
    void whileClustersDraftTheFormIsReadOnlyAndSaysWhy() {
        signIn("reviewer");
        open(LOGISTICS);

        Div form = _get(Div.class, s -> s.withId("my-assessment"));
        assertThat(text(form)).contains(
                "Assessments are written in the co-design, review and consolidation phases of the round.");
        assertThat(score("alignment").isReadOnly()).isTrue();
        assertThat(area("publicAnswer").isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("save-assessment"));
    }

    @Test
    void decisionsWaitForTheReviewPhaseAndSayWhy() {
        signIn("reviewer");
        open(LOGISTICS);

        for (String id : List.of("start-review", "request-changes", "approve", "reject")) {
            assertThat(button(id).isEnabled()).as(id).isFalse();
        }
        assertThat(button("start-review").getTooltip().getText()).isEqualTo("Possible only during the review phase.");
        assertThat(text(_get(Div.class, s -> s.withId("decision")))).contains("No decision can be taken now:",
                "Possible only during the review phase.");
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedAtTheFieldThenTakenWithOne() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        signIn("reviewer");
        open(LOGISTICS);
        assertThat(status()).isEqualTo("Submitted");
        assertThat(button("request-changes").isEnabled()).isFalse();
        assertThat(button("request-changes").getTooltip().getText())
                .isEqualTo("Decisions are taken on a proposal under review.");

        _click(button("start-review"));

        NotificationsKt.expectNotifications("Review started. The proposal is now: Under review.");
        assertThat(status()).isEqualTo("Under review");
        assertThat(button("start-review").isEnabled()).isFalse();

        _click(button("request-changes"));

        assertThat(area("reason").isInvalid()).isTrue();
        assertThat(area("reason").getErrorMessage()).isEqualTo("Give the reason.");
        assertThat(status()).isEqualTo("Under review");
        assertThat(stored(LOGISTICS)).isEqualTo(ProposalStatus.UNDER_REVIEW);

        _click(button("reject"));

        _assertNone(Button.class, s -> s.withId("confirm-decision"));
        assertThat(area("reason").getErrorMessage()).isEqualTo("Give the reason.");
        assertThat(stored(LOGISTICS)).isEqualTo(ProposalStatus.UNDER_REVIEW);

        _setValue(area("reason"), "Please quantify the emission savings.");
        _click(button("request-changes"));

        assertThat(status()).isEqualTo("Changes requested");
        assertThat(stored(LOGISTICS)).isEqualTo(ProposalStatus.CHANGES_REQUESTED);
        for (String id : List.of("start-review", "request-changes", "approve", "reject")) {
            assertThat(button(id).isEnabled()).as(id).isFalse();
        }
    }

    @Test
    void rejectingAsksForConfirmation() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        signIn("admin");
        open(AVIATION);
        _click(button("start-review"));
        _setValue(area("reason"), "Out of the S3 scope.");

        _click(button("reject"));
        _click(button("confirm-decision"));

        assertThat(status()).isEqualTo("Rejected");
        assertThat(stored(AVIATION)).isEqualTo(ProposalStatus.REJECTED);
    }

    @Test
    void approvingNeedsNoReasonAndShowsTheNewStatus() {
        fixture.moveRoundTo(RoundPhase.REVIEW);
        signIn("reviewer");
        open(LOGISTICS);
        _click(button("start-review"));
        NotificationsKt.clearNotifications();

        _click(button("approve"));
        _click(button("confirm-decision"));

        NotificationsKt.expectNotifications("Proposal approved. The proposal is now: Approved.");
        assertThat(status()).isEqualTo("Approved");
        assertThat(stored(LOGISTICS)).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void reviewerTakesTheReview() {
        signIn("reviewer");
        open(AVIATION);
        assertThat(text(_get(Div.class, s -> s.withId("assignments")))).contains("No reviewer is assigned yet.");
        _assertNone(Button.class, s -> s.withId("assign-reviewer"));

        _click(button("take-review"));

        NotificationsKt.expectNotifications("You are now a reviewer of this proposal.");
        assertThat(text(_get(Div.class, s -> s.withId("assignments")))).contains("Marco Colombo");
        _assertNone(Button.class, s -> s.withId("take-review"));
    }

    // ---------------------------------------------------------------- administrator

    @Test
    void adminAssignsAReviewerDueAtTheEndOfTheReviewPhase() {
        signIn("admin");
        open(AVIATION);
        _assertNone(Button.class, s -> s.withId("take-review"));

        _click(button("assign-reviewer"));
        DatePicker due = _get(DatePicker.class, s -> s.withId("dueOn"));
        assertThat(due.getValue()).isEqualTo(fixture.round().plan(RoundPhase.REVIEW).map(PhasePlan::endsOn).orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Reviewer> reviewer = _get(ComboBox.class, s -> s.withId("reviewer"));
        _setValue(reviewer, reviewer.getListDataView().getItems()
                .filter(p -> p.username().equals("reviewer")).findFirst().orElseThrow());
        _click(button("confirm-assign"));

        NotificationsKt.expectNotifications("Marco Colombo is now a reviewer of this proposal.");
        Div panel = _get(Div.class, s -> s.withId("assignments"));
        assertThat(text(panel)).contains("Marco Colombo");
        assertThat(_find(panel, Button.class, s -> s.withClasses("unassign"))).hasSize(1);
    }

    @Test
    void adminAssignsNobodyWithoutChoosingAReviewer() {
        signIn("admin");
        open(AVIATION);
        _click(button("assign-reviewer"));

        _click(button("confirm-assign"));

        ComboBox<?> reviewer = _get(ComboBox.class, s -> s.withId("reviewer"));
        assertThat(reviewer.isInvalid()).isTrue();
        assertThat(reviewer.getErrorMessage()).isEqualTo("This field is required.");
    }

    @Test
    void adminRemovesAReviewer() {
        signIn("admin");
        open("Long-duration energy storage");
        Div panel = _get(Div.class, s -> s.withId("assignments"));
        assertThat(_find(panel, it.lombardia.codesign.ui.Badge.class)).extracting(b -> b.getText())
                .containsExactly("Overdue");

        _click(_get(panel, Button.class, s -> s.withClasses("unassign")));

        NotificationsKt.expectNotifications("Marco Colombo is no longer a reviewer of this proposal.");
        assertThat(text(_get(Div.class, s -> s.withId("assignments")))).contains("No reviewer is assigned yet.");
    }

    // ---------------------------------------------------------------- clusters and others

    @Test
    void theProposingClusterReadsOnlyThePublicAnswersOnceSent() {
        String title = ReviewFixture.unique("Cargo bike logistics hubs");
        long id = fixture.submitted("mobility.rep", "CLM", title, "SMART_MOBILITY_ARCHITECTURE").id();
        fixture.moveRoundTo(RoundPhase.REVIEW);
        fixture.as("reviewer");
        assessments.save(id, null, new AssessmentDraft(2, 3, 4, "Weak on feasibility.", PRIVATE, PUBLIC));
        fixture.as("admin");
        assessments.save(id, null, new AssessmentDraft(5, 5, 5, "Strong.", "Admin note.", null));

        // written but not sent: the cluster reads nothing yet
        signIn("mobility.rep");
        open(title);
        assertThat(text(_get(Div.class, s -> s.withId("public-answers"))))
                .contains("The reviewers have not answered yet.").doesNotContain(PUBLIC);

        // the reviewer sends it with a change request
        ProposalLifecycle lifecycle = context.getBean(ProposalLifecycle.class);
        long version = fixture.find(id).version();
        fixture.as("reviewer");
        ProposalDetails inReview = lifecycle.startReview(id, version);
        lifecycle.requestChanges(id, inReview.version(), "Please add the savings.");
        signIn("mobility.rep");
        open(title);

        Div answers = _get(Div.class, s -> s.withId("public-answers"));
        assertThat(text(answers)).contains("Answers from the Region", "Marco Colombo", PUBLIC);
        String page = text(_get(ProposalReviewView.class));
        assertThat(page).doesNotContain(PRIVATE, "Admin note.", "Weak on feasibility.", "Strong.", "2/5",
                "Region staff only", "Giulia Ferrari");
        for (String staffOnly : List.of("assessments", "my-assessment", "assignments", "decision")) {
            _assertNone(Div.class, s -> s.withId(staffOnly));
        }
    }

    @Test
    void withoutAnswersTheClusterIsToldSo() {
        signIn("observer");
        open(AVIATION);

        assertThat(text(_get(Div.class, s -> s.withId("public-answers")))).contains("The reviewers have not answered yet.");
        _assertOne(H1.class);
    }

    @Test
    void anUnknownProposalIsNotFound() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals/999999/review");

        _get(NotFoundView.class);
    }

    // ---------------------------------------------------------------- helpers

    private void open(String title) {
        UI.getCurrent().navigate("proposals/" + idOf(title) + "/review");
        _get(ProposalReviewView.class);
    }

    private long idOf(String title) {
        return proposals.search(ProposalFilter.ofRound(fixture.round().id()).withText(title), Pageable.ofSize(5))
                .getContent().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
    }

    private ProposalStatus stored(String title) {
        return proposals.find(idOf(title)).orElseThrow().status();
    }

    private static String status() {
        return _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("proposal-status")).getText();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> score(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    private static TextArea area(String id) {
        return _get(TextArea.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<AnswerTemplateDetails> template() {
        return _get(Select.class, s -> s.withId("template"));
    }

    private static AnswerTemplateDetails templateTitled(String title) {
        return template().getListDataView().getItems().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
