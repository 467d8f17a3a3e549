package it.lombardia.codesign.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.ui.AccessDeniedView;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.NotFoundView;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * One proposal: creating, validating, read-only access, submitting and concurrent editing. Tests
 * that change data work on proposals they create with unique titles; the demo proposals stay as
 * they are.
 */
class ProposalViewTest extends KaribuTest {

    private static final String AFIL_DRAFT = "Extend collaborative robotics to wearable exoskeletons";
    private static final String AFIL_SUBMITTED = "Industrial digital twins for reconfigurable production lines";
    private static final String LE2C_ONLY_DRAFT = "Retire the priority on deep energy renovation of buildings";
    private static final String CLM_SUBMITTED = "Zero-Emission Logistics and Intermodal Freight";
    private static final String NOT_YOURS = "Only representatives of the proposing clusters may do this.";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    RoundService rounds;

    // ---------------------------------------------------------------- creating

    @Test
    void representativeCreatesANewPriorityProposal() {
        signIn("afil.rep");
        String title = unique("Predictive maintenance for SME machine tools");
        UI.getCurrent().navigate("proposals/new");
        assertThat(_get(H1.class).getText()).isEqualTo("New proposal");
        assertThat(leadCluster().getValue()).isEqualTo("AFIL");
        _assertNone(Button.class, s -> s.withId("submit"));

        fillValidNewPriority(title);
        _click(saveButton());

        NotificationsKt.expectNotifications("Proposal created.");
        ProposalDetails saved = stored(title);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("proposals/" + saved.id());
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        assertThat(statusBadge()).isEqualTo("Draft");
        assertThat(titleField().getValue()).isEqualTo(title);
        assertThat(saved.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(saved.createdBy()).isEqualTo("afil.rep");
        ProposalContent content = saved.content();
        assertThat(content.kind()).isEqualTo(ProposalKind.NEW_PRIORITY);
        assertThat(content.leadClusterCode()).isEqualTo("AFIL");
        assertThat(content.trlMin()).isEqualTo(4);
        assertThat(content.trlMax()).isEqualTo(7);
        assertThat(content.ecosystemCodes()).containsExactlyInAnyOrder("ADVANCED_MANUFACTURING", "SUSTAINABILITY");
        assertThat(content.targetMacroThemeId()).isNotNull();

        UI.getCurrent().navigate("proposals");
        assertThat(ProposalsViewTest.titles(_get(ProposalGrid.class))).contains(title);
    }

    @Test
    void newPriorityNeedsItsMacroTheme() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(unique("No macro-theme"));
        _setValue(field(ComboBox.class, "targetMacroThemeId"), null);

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(field(ComboBox.class, "targetMacroThemeId"), "This field is required.");
    }

    @Test
    void emptyTitleIsRefusedAtTheField() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority("");

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(titleField(), "This field is required.");
    }

    @Test
    void titleOf201CharactersIsRefusedAtTheField() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority("T".repeat(201));

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(titleField(), "At most 200 characters.");
        assertThat(titleField().getValue()).hasSize(201);
    }

    @Test
    void titleOf200CharactersIsAccepted() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        String title = unique("Long").concat("x".repeat(200)).substring(0, 200);
        fillValidNewPriority(title);

        _click(saveButton());

        NotificationsKt.expectNotifications("Proposal created.");
        assertThat(stored(title).content().title()).hasSize(200);
    }

    @Test
    void descriptionOf10001CharactersIsRefusedAtTheField() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(unique("Too long a description"));
        _setValue(field(TextArea.class, "description"), "d".repeat(10_001));

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(field(TextArea.class, "description"), "At most 10,000 characters.");
    }

    @Test
    void trlMaximumBelowTheMinimumIsRefused() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(unique("TRL order"));
        _setValue(trl("trlMin"), 7);
        _setValue(trl("trlMax"), 3);

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(trl("trlMax"), "Must not be lower than the starting TRL.");
        assertThat(trl("trlMin").isInvalid()).isFalse();
    }

    @Test
    void trlOutsideOneToNineIsRefused() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(unique("TRL range"));
        _setValue(trl("trlMax"), 10);

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(trl("trlMax"), "TRL goes from 1 to 9.");

        _setValue(trl("trlMax"), 7);
        _setValue(trl("trlMin"), 10);
        assertNotSaved(() -> _click(saveButton()));
        expectInvalid(trl("trlMin"), "TRL goes from 1 to 9.");
    }

    @Test
    void newPriorityNeedsItsTrlRange() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(unique("No TRL"));
        _setValue(trl("trlMin"), null);
        _setValue(trl("trlMax"), null);

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(trl("trlMin"), "This field is required.");
        expectInvalid(trl("trlMax"), "This field is required.");
    }

    @Test
    void proposalWithoutEcosystemIsRefused() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(unique("No ecosystem"));
        _setValue(ecosystems(), Set.of());

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(ecosystems(), "Choose at least one ecosystem.");
    }

    @Test
    void leadClusterCannotAlsoBeCoProposer() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(unique("Lead and co"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> co = field(MultiSelectComboBox.class, "coClusterCodes");
        _setValue(co, Set.of("AFIL", "LE2C"));

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(co, "The lead cluster cannot also be a co-proposer.");
    }

    @Test
    void blankTitleIsRefusedByTheServiceAndShownAtTheField() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority("   ");

        assertNotSaved(() -> _click(saveButton()));

        expectInvalid(titleField(), "This field is required.");
    }

    @Test
    void kindDecidesWhichTargetFieldIsShown() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        _assertNone(ComboBox.class, s -> s.withId("targetMacroThemeId"));
        _assertNone(ComboBox.class, s -> s.withId("targetPriorityId"));

        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "kind"), "New priority");
        assertThat(field(ComboBox.class, "targetMacroThemeId").getLabel()).isEqualTo("Under macro-theme");
        _assertNone(ComboBox.class, s -> s.withId("targetPriorityId"));
        assertThat(trl("trlMin").isRequiredIndicatorVisible()).isTrue();

        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "kind"), "Retirement of a priority");
        assertThat(field(ComboBox.class, "targetPriorityId").getLabel()).isEqualTo("Priority concerned");
        _assertNone(ComboBox.class, s -> s.withId("targetMacroThemeId"));
        assertThat(trl("trlMin").isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void choosingThePriorityToChangePrefillsTheForm() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/new");
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "kind"), "Change to a priority");

        @SuppressWarnings("unchecked")
        ComboBox<Long> priority = field(ComboBox.class, "targetPriorityId");
        ComboBoxKt.selectByLabel(priority, "Human-centred collaborative robotics");

        assertThat(titleField().getValue()).isEqualTo("Human-centred collaborative robotics");
        assertThat(field(TextArea.class, "description").getValue()).startsWith("Collaborative robots, intuitive programming");
        assertThat(trl("trlMin").getValue()).isEqualTo(5);
        assertThat(trl("trlMax").getValue()).isEqualTo(8);
        assertThat(ecosystems().getValue()).isNotEmpty();
    }

    // ---------------------------------------------------------------- who may edit

    @Test
    void reviewerSeesADraftReadOnly() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals/" + idOf(AFIL_DRAFT));

        assertThat(_get(H1.class).getText()).isEqualTo(AFIL_DRAFT);
        assertThat(statusBadge()).isEqualTo("Draft");
        _assertNone(Button.class, s -> s.withId("save"));
        _assertNone(Button.class, s -> s.withId("submit"));
        assertThat(readOnlyNotice()).isEqualTo(NOT_YOURS);
        assertThat(titleField().isReadOnly()).isTrue();
        assertThat(titleField().getValue()).isEqualTo(AFIL_DRAFT);
        assertThat(field(TextArea.class, "description").isReadOnly()).isTrue();
        assertThat(ecosystems().isReadOnly()).isTrue();
    }

    @Test
    void observerFindsNoDraftAtItsAddress() {
        signIn("observer");
        UI.getCurrent().navigate("proposals/" + idOf(AFIL_DRAFT));

        _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void observerCannotOpenTheNewProposalForm() {
        signIn("observer");
        UI.getCurrent().navigate("proposals/new");

        _get(AccessDeniedView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Access denied");
        _assertNone(ProposalForm.class);
    }

    @Test
    void reviewerCannotOpenTheNewProposalFormEither() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals/new");

        assertThat(_get(H1.class).getText()).isEqualTo("Access denied");
    }

    @Test
    void representativeFindsAnotherClustersDraftNotFoundButReadsItsSubmittedProposalsReadOnly() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/" + idOf(LE2C_ONLY_DRAFT));
        _get(NotFoundView.class);

        UI.getCurrent().navigate("proposals/" + idOf(CLM_SUBMITTED));
        assertThat(_get(H1.class).getText()).isEqualTo(CLM_SUBMITTED);
        _assertNone(Button.class, s -> s.withId("save"));
        assertThat(readOnlyNotice()).isEqualTo(NOT_YOURS);
        assertThat(titleField().isReadOnly()).isTrue();
        // the lead cluster of someone else's proposal is still shown by name
        assertThat(leadCluster().getValue()).isEqualTo("CLM");
    }

    @Test
    void representativeMayStillEditTheirOwnSubmittedProposalWhileDraftingButNotSubmitItAgain() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/" + idOf(AFIL_SUBMITTED));

        assertThat(statusBadge()).isEqualTo("Submitted");
        assertThat(saveButton()).isNotNull();
        assertThat(titleField().isReadOnly()).isFalse();
        _assertNone(Button.class, s -> s.withId("submit"));
        _assertNone(Paragraph.class, s -> s.withClasses("read-only-notice"));
    }

    @Test
    void representativeMayEditTheirClustersDraft() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/" + idOf(AFIL_DRAFT));

        assertThat(saveButton()).isNotNull();
        assertThat(_get(Button.class, s -> s.withId("submit"))).isNotNull();
        assertThat(titleField().isReadOnly()).isFalse();
        _assertNone(Paragraph.class, s -> s.withClasses("read-only-notice"));
    }

    @Test
    void unknownProposalShowsNotFound() {
        signIn("observer");
        UI.getCurrent().navigate("proposals/99999999");
        _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");

        UI.getCurrent().navigate("proposals/not-a-number");
        _get(NotFoundView.class);
    }

    // ---------------------------------------------------------------- saving and submitting

    @Test
    void savingAChangeKeepsItAndStaysOnThePage() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Save me"));
        UI.getCurrent().navigate("proposals/" + draft.id());
        String changed = unique("Saved title");

        _setValue(titleField(), changed);
        _click(saveButton());

        NotificationsKt.expectNotifications("Draft saved.");
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(changed);
        assertThat(titleField().getValue()).isEqualTo(changed);
        assertThat(statusBadge()).isEqualTo("Draft");
    }

    @Test
    void submittingADraftMakesItSubmittedAndStillEditableWhileDrafting() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Submit me"));
        UI.getCurrent().navigate("proposals/" + draft.id());
        assertThat(statusBadge()).isEqualTo("Draft");

        assertThat(saveButton().getText()).isEqualTo("Save draft");
        _click(_get(Button.class, s -> s.withId("submit")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Submit this proposal?");
        // the dialog says what the workflow does: editable until co-design ends, not "no longer editable"
        java.time.LocalDate coDesignEnds = rounds.openRound().orElseThrow()
                .plan(it.lombardia.codesign.round.RoundPhase.CO_DESIGN).orElseThrow().endsOn();
        assertThat(_get(Paragraph.class, s -> s.withId("submit-consequences")).getText())
                .contains("Its clusters can still refine it until co-design ends on "
                        + it.lombardia.codesign.ui.Formats.date(coDesignEnds, java.util.Locale.ENGLISH))
                .doesNotContain("can no longer be edited");
        _click(_get(Button.class, s -> s.withId("confirm-submit")));

        assertThat(statusBadge()).isEqualTo("Submitted");
        NotificationsKt.expectNotifications("Proposal submitted to the Region.");
        // the clusters may go on improving it until drafting and co-design end; it cannot be submitted twice
        assertThat(saveButton().getText()).as("no draft any more").isEqualTo("Save changes");
        _assertNone(Button.class, s -> s.withId("submit"));
        _assertNone(Paragraph.class, s -> s.withClasses("read-only-notice"));
        assertThat(titleField().isReadOnly()).isFalse();
        ProposalDetails stored = proposals.find(draft.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(stored.submittedAt()).isNotNull();

        String refined = unique("Refined after submitting");
        _setValue(titleField(), refined);
        _click(saveButton());
        NotificationsKt.expectNotifications("Changes saved.");
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(refined);
        assertThat(statusBadge()).isEqualTo("Submitted");
    }

    @Test
    void cancellingTheSubmitDialogLeavesTheDraft() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Do not submit me"));
        UI.getCurrent().navigate("proposals/" + draft.id());

        _click(_get(Button.class, s -> s.withId("submit")));
        _click(_get(Button.class, s -> s.withText("Cancel")));

        _assertNone(Dialog.class);
        assertThat(statusBadge()).isEqualTo("Draft");
        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void submittingSavesUnsavedChangesFirst() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Submit with changes"));
        UI.getCurrent().navigate("proposals/" + draft.id());
        String changed = unique("Changed before submitting");

        _setValue(titleField(), changed);
        _click(_get(Button.class, s -> s.withId("submit")));
        _click(_get(Button.class, s -> s.withId("confirm-submit")));

        ProposalDetails stored = proposals.find(draft.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(stored.content().title()).isEqualTo(changed);
        assertThat(statusBadge()).isEqualTo("Submitted");
    }

    @Test
    void coProposingRepresentativeMayEditOnceTheyAcceptedAndKeepsTheOtherLead() {
        signIn("mobility.rep");
        ProposalDetails draft = proposals.create(roundId(), new ProposalContent(ProposalKind.NEW_MACRO_THEME, "CLM",
                Set.of("AFIL"), null, null, unique("Led by CLM with AFIL"), "A draft made for a UI test.", "", "",
                null, null, Set.of("SMART_MOBILITY_ARCHITECTURE"), Set.of(), Set.of(), Set.of()));
        signIn("afil.rep");
        // invited only: read-only until AFIL accepts
        UI.getCurrent().navigate("proposals/" + draft.id());
        assertThat(titleField().isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("save"));
        lifecycle.answerInvitation(draft.id(), draft.version(), "AFIL", true);
        UI.getCurrent().navigate("proposals");
        UI.getCurrent().navigate("proposals/" + draft.id());

        assertThat(leadCluster().getValue()).isEqualTo("CLM");
        assertThat(titleField().isReadOnly()).isFalse();
        String changed = unique("Edited by the co-proposer");
        _setValue(titleField(), changed);
        _click(saveButton());

        NotificationsKt.expectNotifications("Draft saved.");
        ProposalDetails stored = proposals.find(draft.id()).orElseThrow();
        assertThat(stored.content().title()).isEqualTo(changed);
        assertThat(stored.content().leadClusterCode()).isEqualTo("CLM");
        assertThat(stored.content().coClusterCodes()).containsExactly("AFIL");
        assertThat(stored.updatedBy()).isEqualTo("afil.rep");
    }

    /**
     * Browser back from a just-created proposal to {@code proposals/new} reuses the view (same route),
     * so the next Save must create a second proposal, not overwrite the first.
     */
    @Test
    void newProposalAfterGoingBackFromTheCreatedOneCreatesAnotherProposal() {
        signIn("afil.rep");
        String first = unique("First proposal");
        UI.getCurrent().navigate("proposals/new");
        fillValidNewPriority(first);
        _click(saveButton());
        NotificationsKt.expectNotifications("Proposal created.");
        long firstId = idOf(first);
        ProposalView view = _get(ProposalView.class);

        UI.getCurrent().navigate("proposals/new");   // what the browser's back button does
        assertThat(_get(ProposalView.class)).isSameAs(view);
        assertThat(_get(H1.class).getText()).isEqualTo("New proposal");
        String second = unique("Second proposal");
        fillValidNewPriority(second);
        _click(saveButton());

        NotificationsKt.expectNotifications("Proposal created.");
        assertThat(proposals.find(firstId).orElseThrow().content().title()).isEqualTo(first);
        assertThat(idOf(second)).isNotEqualTo(firstId);
    }

    // ---------------------------------------------------------------- concurrent editing

    @Test
    void concurrentEditShowsTheConflictAndKeepsWhatTheUserTyped() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Shared draft"));
        UI.getCurrent().navigate("proposals/" + draft.id());
        String theirs = unique("Their title");
        String mine = unique("My title");

        _setValue(titleField(), mine);
        // someone else saves the same draft meanwhile
        proposals.save(draft.id(), draft.version(), withTitle(draft.content(), theirs));
        _click(saveButton());

        Div banner = _get(Div.class, s -> s.withClasses("conflict-banner"));
        assertThat(_get(banner, Paragraph.class).getText()).startsWith("Laura Bianchi saved this proposal on ")
                .endsWith("while you were editing it. Your changes are still in the form and have not been saved.");
        assertThat(titleField().getValue()).isEqualTo(mine);
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(theirs);
        NotificationsKt.expectNoNotifications();

        _click(_get(Button.class, s -> s.withId("load-theirs")));

        assertThat(titleField().getValue()).isEqualTo(theirs);
        _assertNone(Div.class, s -> s.withClasses("conflict-banner"));
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(theirs);
    }

    @Test
    void afterLoadingTheirVersionTheNextSaveSucceeds() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Shared draft 2"));
        UI.getCurrent().navigate("proposals/" + draft.id());
        _setValue(titleField(), unique("Mine"));
        proposals.save(draft.id(), draft.version(), withTitle(draft.content(), unique("Theirs")));
        _click(saveButton());
        _click(_get(Button.class, s -> s.withId("load-theirs")));

        String next = unique("After reload");
        _setValue(titleField(), next);
        _click(saveButton());

        NotificationsKt.expectNotifications("Draft saved.");
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(next);
    }

    @Test
    void keepMineSavesOverTheirVersion() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Shared draft 3"));
        UI.getCurrent().navigate("proposals/" + draft.id());
        String mine = unique("Mine wins");
        _setValue(titleField(), mine);
        proposals.save(draft.id(), draft.version(), withTitle(draft.content(), unique("Theirs")));
        _click(saveButton());

        _click(_get(Button.class, s -> s.withId("keep-mine")));

        NotificationsKt.expectNotifications("Draft saved.");
        _assertNone(Div.class, s -> s.withClasses("conflict-banner"));
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(mine);
        assertThat(titleField().getValue()).isEqualTo(mine);
    }

    // ---------------------------------------------------------------- helpers

    private void fillValidNewPriority(String title) {
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "kind"), "New priority");
        @SuppressWarnings("unchecked")
        ComboBox<Long> macroTheme = field(ComboBox.class, "targetMacroThemeId");
        ComboBoxKt.selectByLabel(macroTheme, "1. Digital and Sustainable Manufacturing");
        _setValue(titleField(), title);
        _setValue(field(TextArea.class, "description"),
                "Sensors and analytics that predict failures of machine tools before they stop production.");
        _setValue(trl("trlMin"), 4);
        _setValue(trl("trlMax"), 7);
        CheckboxGroupKt.selectByLabel(ecosystems(), "Advanced Manufacturing", "Sustainability");
    }

    /** Runs the action and checks that no proposal was stored and the user is still on the new-proposal form. */
    private void assertNotSaved(Runnable action) {
        String typedTitle = titleField().getValue();
        long before = proposals.count(roundFilter());
        action.run();
        assertThat(proposals.count(roundFilter())).isEqualTo(before);
        if (!typedTitle.isBlank()) {
            assertThat(proposals.search(roundFilter().withText(typedTitle.strip()), Pageable.unpaged()).stream()
                    .map(ProposalSummary::title)).doesNotContain(typedTitle);
        }
        assertThat(_get(H1.class).getText()).isEqualTo("New proposal");
        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
    }

    private static void expectInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private ProposalDetails createDraft(String title) {
        return proposals.create(roundId(), new ProposalContent(ProposalKind.NEW_MACRO_THEME, "AFIL", Set.of(), null, null,
                title, "A draft made for a UI test.", "", "", null, null, Set.of("ADVANCED_MANUFACTURING"),
                Set.of(), Set.of(), Set.of()));
    }

    private static ProposalContent withTitle(ProposalContent c, String title) {
        return new ProposalContent(c.kind(), c.leadClusterCode(), c.coClusterCodes(), c.targetMacroThemeId(),
                c.targetPriorityId(), title, c.description(), c.ecosystemImpact(), c.territorialImpact(), c.trlMin(),
                c.trlMax(), c.ecosystemCodes(), c.pnrrComponentCodes(), c.sdgNumbers(), c.horizonClusterCodes());
    }

    /** The id of the proposal with that title, looked up as the Region (who reads drafts too), whoever is signed in. */
    private long idOf(String title) {
        List<ProposalSummary> found = asRegion(() -> proposals.search(roundFilter().withText(title), Pageable.unpaged())
                .stream().filter(p -> p.title().equals(title)).toList());
        assertThat(found).hasSize(1);
        return found.getFirst().id();
    }

    private ProposalDetails stored(String title) {
        long id = idOf(title);
        return asRegion(() -> proposals.find(id).orElseThrow());
    }

    private <T> T asRegion(java.util.function.Supplier<T> read) {
        org.springframework.security.core.Authentication user =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        try {
            it.lombardia.codesign.SignIn.as(userDetailsService, "admin");
            return read.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(user);
        }
    }

    private long roundId() {
        return rounds.openRound().orElseThrow().id();
    }

    private ProposalFilter roundFilter() {
        return ProposalFilter.ofRound(roundId());
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T extends Component> T field(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    private static TextField titleField() {
        return field(TextField.class, "title");
    }

    private static IntegerField trl(String id) {
        return field(IntegerField.class, id);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> ecosystems() {
        return field(CheckboxGroup.class, "ecosystemCodes");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> leadCluster() {
        return field(ComboBox.class, "leadClusterCode");
    }

    private static Button saveButton() {
        return field(Button.class, "save");
    }

    private static String statusBadge() {
        return _get(_get(Div.class, s -> s.withClasses("proposal-meta")), Badge.class).getText();
    }

    private static String readOnlyNotice() {
        return _get(Paragraph.class, s -> s.withClasses("read-only-notice")).getText();
    }
}
