package it.lombardia.codesign.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.programme.ConsolidationBoard;
import it.lombardia.codesign.programme.EditionConsolidation;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.MacroThemeText;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.PriorityText;
import it.lombardia.codesign.programme.ProgrammeChanges;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Consolidating the demo edition 2026-2027 in the browser, its round moved to consolidation. Rolls back. */
@Transactional
class ConsolidationViewTest extends KaribuTest {

    @Autowired
    RoundService rounds;
    @Autowired
    ProgrammeService programme;
    @Autowired
    EditionConsolidation consolidation;
    @Autowired
    LiveBus liveBus;

    long editionId;

    @BeforeEach
    void roundInConsolidation() {
        signIn("admin");
        RoundSummary round = rounds.openRound().orElseThrow();
        editionId = round.editionId();
        while (round.phase() != RoundPhase.CONSOLIDATION) {
            round = rounds.advance(round.id(), round.version());
        }
    }

    void open() {
        UI.getCurrent().navigate("programme/consolidation/" + editionId);
        _get(ConsolidationView.class);
    }

    PriorityContent priority(String title) {
        return programme.priorities(editionId).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    List<String> macroThemeHeadings() {
        return _find(Section.class, s -> s.withClasses("consolidation-macro-theme")).stream()
                .map(section -> _get(section, H2.class).getText()).toList();
    }

    @Test
    void reviewerSeesTheChecklistAndReordersMacroThemes() {
        signIn("reviewer");
        open();

        assertThat(_get(H2.class, s -> s.withText("Before adoption"))).isNotNull();
        assertThat(_get(Paragraph.class, s -> s.withId("checklist-counts")).getText()).startsWith("1 blocking item, ");
        assertThat(_get(Section.class, s -> s.withId("checklist")).getElement().getTextRecursively())
                .contains("\"Data platforms and AI for public services\" was proposed for retirement");
        _assertNone(Button.class, s -> s.withId("adopt-edition"));
        assertThat(macroThemeHeadings().getFirst()).isEqualTo("1. Digital and Sustainable Manufacturing");
        MacroThemeContent first = programme.content(editionId).orElseThrow().macroThemes().getFirst();
        Button down = _get(Button.class, s -> s.withId("macro-theme-down-" + first.id()));
        assertThat(down.getElement().getAttribute("aria-label")).isEqualTo("Move macro-theme 1 down");
        assertThat(_get(Button.class, s -> s.withId("macro-theme-up-" + first.id())).isEnabled()).isFalse();

        _click(down);

        assertThat(macroThemeHeadings()).startsWith("1. Sustainable Agri-food Systems and Healthy Nutrition",
                "2. Digital and Sustainable Manufacturing");
    }

    @Test
    void reviewerEditsAPriorityFixingAValidationErrorFirst() {
        signIn("reviewer");
        open();
        PriorityContent robotics = priority("Human-centred collaborative robotics");
        assertThat(_get(Span.class, s -> s.withId("carry-over-" + robotics.id())).getText())
                .isEqualTo("Proposed for change");

        _click(_get(Button.class, s -> s.withId("priority-edit-" + robotics.id())));
        TextField title = _get(TextField.class, s -> s.withId("priority-title"));
        _setValue(title, "");
        _click(_get(Button.class, s -> s.withId("save-priority")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("This field is required.");
        _get(Dialog.class, s -> s.withId("priority-edit-dialog"));
        assertThat(priority("Human-centred collaborative robotics")).isNotNull();

        _setValue(title, "Human-centred robotics and exoskeletons");
        _click(_get(Button.class, s -> s.withId("save-priority")));

        _assertNone(Dialog.class, s -> s.withId("priority-edit-dialog"));
        assertThat(programme.priority(robotics.id()).orElseThrow().title())
                .isEqualTo("Human-centred robotics and exoskeletons");
        assertThat(_get(Div.class, s -> s.withId("priority-" + robotics.id())).getElement().getTextRecursively())
                .contains("Human-centred robotics and exoskeletons");
    }

    @Test
    void adminAdoptsOnceTheRetirementIsDecided() {
        signIn("admin");
        open();
        Button adopt = _get(Button.class, s -> s.withId("adopt-edition"));
        assertThat(adopt.isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("adopt-blocked")).getText())
                .isEqualTo("Adoption waits until the blocking items above are resolved.");

        PriorityContent data = priority("Data platforms and AI for public services");
        _click(_get(Button.class, s -> s.withId("priority-keep-" + data.id())));
        NotificationsKt.expectNotifications("The priority stays in the edition.");

        assertThat(_get(Paragraph.class, s -> s.withId("checklist-ready")).getText())
                .isEqualTo("Ready to adopt: nothing blocks the adoption.");
        adopt = _get(Button.class, s -> s.withId("adopt-edition"));
        assertThat(adopt.isEnabled()).isTrue();
        _click(adopt);
        TextField act = _get(TextField.class, s -> s.withId("act-reference"));
        _click(_get(Button.class, s -> s.withId("confirm-adopt")));
        assertThat(act.isInvalid()).isTrue();
        assertThat(act.getErrorMessage()).isEqualTo("This field is required.");

        _setValue(act, "D.G.R. n. XII/4242 (test)");
        _click(_get(Button.class, s -> s.withId("confirm-adopt")));

        NotificationsKt.expectNotifications("The Work Programme 2026-2027 is adopted and in force.");
        _get(ProgrammeView.class);
        assertThat(programme.currentEdition().orElseThrow().id()).isEqualTo(editionId);
        _assertNone(Anchor.class, s -> s.withId("edition-consolidate"));
    }

    @Test
    void aStaleButtonSaysSomeoneChangedItAndShowsTheirChange() {
        signIn("reviewer");
        open();
        MacroThemeContent first = programme.content(editionId).orElseThrow().macroThemes().getFirst();
        ConsolidationBoard board = consolidation.board(editionId);
        // A colleague edits the macro-theme after this page was drawn.
        consolidation.editMacroTheme(first.id(), board.macroThemeVersion(first.id()),
                new MacroThemeText("Digital manufacturing", first.description(), first.ecosystemCodes()));

        _click(_get(Button.class, s -> s.withId("macro-theme-down-" + first.id())));

        NotificationsKt.expectNotifications(
                "Someone changed this in the meantime. The page now shows their changes: please check and try again.");
        assertThat(macroThemeHeadings().getFirst()).isEqualTo("1. Digital manufacturing");
    }

    /**
     * Two staff members on one priority: the reviewer types a new description in the edit dialog while
     * the administrator saves another. The reviewer's text stays, a banner says someone saved, and the
     * reviewer's save shows both wordings instead of closing the dialog or writing over theirs.
     */
    @Test
    void aColleaguesSaveKeepsTheWordingBeingTypedAndAStaleSaveShowsBothWordings() {
        signIn("reviewer");
        open();
        PriorityContent robotics = priority("Human-centred collaborative robotics");
        _click(_get(Button.class, s -> s.withId("priority-edit-" + robotics.id())));
        TextArea description = _get(TextArea.class, s -> s.withId("priority-description"));
        BasicUtilsKt._fireDomEvent(description, "focusin");
        String mine = "Robots that work beside people, as the reviewer words it.";
        _setValue(description, mine);

        String theirs = "Robots and exoskeletons, as the administrator words it.";
        colleagueSavesDescription(robotics, theirs);
        awaitLive(() -> !_get(Paragraph.class, s -> s.withId("changed-elsewhere")).getText().isEmpty());

        assertThat(description.getValue()).isEqualTo(mine);
        assertThat(_get(Paragraph.class, s -> s.withClasses("conflict-text")).getText())
                .isEqualTo("A colleague saved this priority while you were editing it. What you typed is still here.");

        _click(_get(Button.class, s -> s.withId("save-priority")));

        _get(Dialog.class, s -> s.withId("priority-edit-dialog"));
        assertThat(description.getValue()).isEqualTo(mine);
        assertThat(programme.priority(robotics.id()).orElseThrow().description()).isEqualTo(theirs);
        assertThat(_get(Paragraph.class, s -> s.withClasses("conflict-text")).getText()).contains("nothing was overwritten");
        SideBySideDiff both = _get(SideBySideDiff.class);
        assertThat(both.changedCount()).isEqualTo(1);
        assertThat(both.getElement().getTextRecursively()).contains("that work beside people", "and exoskeletons");

        _click(_get(Button.class, s -> s.withClasses("conflict-keep-mine")));
        _assertNone(Dialog.class, s -> s.withId("priority-edit-dialog"));
        assertThat(programme.priority(robotics.id()).orElseThrow().description()).isEqualTo(mine);
    }

    /**
     * The administrator saves the priority in this test's transaction (so that it rolls back), and
     * the live message its commit would send goes out from another thread.
     */
    private void colleagueSavesDescription(PriorityContent p, String description) {
        asUserHere("admin", () -> consolidation.editPriority(p.id(), consolidation.board(editionId).priorityVersion(p.id()),
                new PriorityText(p.title(), description, p.ecosystemImpact(), p.territorialImpact(), p.trlMin(),
                        p.trlMax(), p.pnrrComponentCodes(), p.sdgNumbers(), p.horizonClusterCodes(),
                        p.proposerClusterCodes())));
        asUser("admin", () -> liveBus.publish(LiveMessage.of(ProgrammeChanges.TOPIC, "edition", String.valueOf(editionId),
                "type", "priority", "id", String.valueOf(p.id()), "action", "consolidate-edit", "actor", "admin")));
    }

    private void asUserHere(String username, Runnable action) {
        SignIn.as(userDetailsService, username);
        try {
            action.run();
        } finally {
            signIn("reviewer");
        }
    }

    @Test
    void programmePageMarksPrioritiesProposedForChangeOrRetirement() {
        signIn("observer");
        UI.getCurrent().navigate("programme", QueryParameters.of("edition", String.valueOf(editionId)));
        assertThat(_find(Span.class, s -> s.withText("Proposed for retirement"))).hasSize(1);
        assertThat(_find(Span.class, s -> s.withText("Proposed for change"))).hasSize(2);
    }

    @Test
    void italianStaffReadTheChecklistInItalian() {
        signIn("reviewer");
        useItalian();
        open();
        assertThat(_get(Section.class, s -> s.withId("checklist")).getElement().getTextRecursively())
                .contains("Prima dell'adozione", "1 elemento bloccante",
                        "\"Data platforms and AI for public services\" è stata proposta per il ritiro");
    }

    @Test
    void representativeReadsWhyNot() {
        signIn("afil.rep");
        open();
        assertThat(_get(Paragraph.class, s -> s.withId("consolidation-refused")).getText())
                .isEqualTo("Only region staff consolidate the Work Programme.");
        _assertNone(Section.class, s -> s.withClasses("consolidation-macro-theme"));
    }

    @Test
    void programmePageLinksToConsolidationForStaff() {
        signIn("reviewer");
        UI.getCurrent().navigate("programme", QueryParameters.of("edition", String.valueOf(editionId)));
        assertThat(_get(Anchor.class, s -> s.withId("edition-consolidate")).getHref())
                .isEqualTo("programme/consolidation/" + editionId);
    }
}
