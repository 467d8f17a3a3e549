package it.lombardia.codesign.round.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds page: everyone reads the rounds and their timelines; administrators open a round,
 * change dates, extend a phase and move a round on. Each test rolls back what it changed.
 */
@Transactional
class RoundsViewTest extends KaribuTest {

    @Autowired
    RoundService rounds;

    RoundSummary demo;

    @BeforeEach
    void readDemoRound() {
        demo = rounds.openRound().orElseThrow();
    }

    // ---------------------------------------------------------------- reading

    @Test
    void everyoneSeesTheRoundsAndTheirTimelinesButOnlyAdminsSeeActions() {
        for (String username : List.of("observer", "afil.rep", "reviewer", "wg.member")) {
            signIn(username);
            UI.getCurrent().navigate("rounds");

            _get(RoundsView.class);
            assertThat(_get(H1.class).getText()).as(username).isEqualTo("EDP rounds");
            Section card = card(demo);
            assertThat(_get(card, H2.class).getText()).isEqualTo("EDP 2026-2027");
            assertThat(currentStep(card).getElement().getAttribute("data-phase")).as(username).isEqualTo("DRAFTING");
            _assertNone(Button.class, s -> s.withId("new-round"));
            _assertNone(card, Button.class);
            UI.getCurrent().navigate("");
        }
    }

    @Test
    void theTimelineListsThePhasesInOrderWithTheirStates() {
        signIn("observer");
        UI.getCurrent().navigate("rounds");

        List<ListItem> steps = _find(_get(card(demo), RoundTimeline.class), ListItem.class);
        assertThat(steps).extracting(li -> li.getElement().getAttribute("data-phase"))
                .containsExactly("DRAFTING", "CO_DESIGN", "REVIEW", "CONSOLIDATION", "CLOSED");
        assertThat(steps).extracting(li -> text(li, "timeline-name"))
                .containsExactly("Proposal drafting", "Co-design", "Review", "Consolidation", "Closed");
        assertThat(steps).extracting(li -> text(li, "timeline-state"))
                .containsExactly("Current phase", "Upcoming", "Upcoming", "Upcoming", "Upcoming");
        PhasePlan coDesign = demo.plan(RoundPhase.CO_DESIGN).orElseThrow();
        assertThat(text(steps.get(1), "timeline-dates")).isEqualTo(
                date(coDesign.startsOn()) + " \u2013 " + date(coDesign.endsOn()));
        assertThat(text(steps.get(4), "timeline-dates")).isEqualTo("From " + date(demo.closesOn().plusDays(1)));
        assertThat(text(steps.getFirst(), "timeline-days-left"))
                .isEqualTo(demo.phaseDaysLeft(Formats.today()) + " days left");
        assertThat(steps.getFirst().getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(steps.subList(1, 5)).allSatisfy(li -> assertThat(li.getElement().hasAttribute("aria-current")).isFalse());
    }

    // ---------------------------------------------------------------- opening a round

    @Test
    void theNewRoundDialogSuggestsTheNextEditionAndAPlanFromNextMonday() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");

        _click(_get(Button.class, s -> s.withId("new-round")));

        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Open a new EDP round");
        assertThat(_get(IntegerField.class, s -> s.withId("editionStartYear")).getValue()).isEqualTo(2028);
        LocalDate monday = Formats.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        assertThat(picker("DRAFTING-startsOn").getValue()).isEqualTo(monday);
        assertThat(picker("DRAFTING-endsOn").getValue()).isEqualTo(monday.plusWeeks(4).minusDays(1));
        assertThat(picker("CO_DESIGN-startsOn").getValue()).isEqualTo(monday.plusWeeks(4));
        assertThat(picker("CO_DESIGN-endsOn").getValue()).isEqualTo(monday.plusWeeks(7).minusDays(1));
        assertThat(picker("REVIEW-endsOn").getValue()).isEqualTo(monday.plusWeeks(11).minusDays(1));
        assertThat(picker("CONSOLIDATION-startsOn").getValue()).isEqualTo(monday.plusWeeks(11));
        assertThat(picker("CONSOLIDATION-endsOn").getValue()).isEqualTo(monday.plusWeeks(13).minusDays(1));
        assertThat(picker("CO_DESIGN-startsOn").getAriaLabel()).contains("Start of Co-design");
    }

    @Test
    void badDatesAreShownAtTheirFieldsAndNothingIsCreated() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        int before = rounds.rounds().size();
        _click(_get(Button.class, s -> s.withId("new-round")));

        // co-design starts on drafting's last day; review ends before it starts; consolidation has no end
        _setValue(picker("CO_DESIGN-startsOn"), picker("DRAFTING-endsOn").getValue());
        _setValue(picker("REVIEW-endsOn"), picker("REVIEW-startsOn").getValue().minusDays(1));
        _setValue(picker("CONSOLIDATION-endsOn"), null);
        _setValue(_get(IntegerField.class, s -> s.withId("editionStartYear")), 1990);
        _click(_get(Button.class, s -> s.withId("save-round")));

        expectInvalid(picker("CO_DESIGN-startsOn"), "Must start after the previous phase ends.");
        expectInvalid(picker("REVIEW-endsOn"), "The end must not come before the start.");
        expectInvalid(picker("CONSOLIDATION-endsOn"), "This field is required.");
        expectInvalid(_get(IntegerField.class, s -> s.withId("editionStartYear")), "Enter a year between 2000 and 2100.");
        assertThat(picker("DRAFTING-startsOn").isInvalid()).isFalse();
        assertThat(picker("REVIEW-startsOn").isInvalid()).isFalse();
        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
        _get(Dialog.class);
        assertThat(rounds.rounds()).hasSize(before);

        // fixing one field clears its error on the next try
        _setValue(picker("CO_DESIGN-startsOn"), picker("DRAFTING-endsOn").getValue().plusDays(1));
        _click(_get(Button.class, s -> s.withId("save-round")));
        assertThat(picker("CO_DESIGN-startsOn").isInvalid()).isFalse();
        expectInvalid(picker("REVIEW-endsOn"), "The end must not come before the start.");
    }

    @Test
    void aValidRoundIsRefusedWhileTheDemoRoundIsUnderWay() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        int before = rounds.rounds().size();

        _click(_get(Button.class, s -> s.withId("new-round")));
        _click(_get(Button.class, s -> s.withId("save-round")));

        NotificationsKt.expectNotifications("Another EDP round is still under way: close it before opening a new one.");
        _get(Dialog.class);
        assertThat(rounds.rounds()).hasSize(before);
        assertThat(rounds.openRound()).contains(demo);
    }

    @Test
    void onceTheDemoRoundIsClosedANewRoundAppears() {
        signIn("admin");
        close(demo);
        UI.getCurrent().navigate("rounds");

        _click(_get(Button.class, s -> s.withId("new-round")));
        LocalDate draftingStart = picker("DRAFTING-startsOn").getValue();
        _click(_get(Button.class, s -> s.withId("save-round")));

        NotificationsKt.expectNotifications("EDP 2028-2029 is open for planning.");
        _assertNone(Dialog.class);
        RoundSummary created = rounds.openRound().orElseThrow();
        assertThat(created.title()).isEqualTo("EDP 2028-2029");
        assertThat(created.phase()).isEqualTo(RoundPhase.PLANNED);
        Section card = card(created);
        assertThat(_get(card, H2.class).getText()).isEqualTo("EDP 2028-2029");
        assertThat(_get(card, Paragraph.class, s -> s.withClasses("timeline-summary")).getText())
                .isEqualTo("Not started yet: drafting starts on " + date(draftingStart) + ".");
        assertThat(_find(_get(card, RoundTimeline.class), ListItem.class))
                .allSatisfy(li -> assertThat(li.getElement().hasAttribute("aria-current")).isFalse());
        // newest first
        assertThat(_find(H2.class).stream().map(H2::getText)).containsSubsequence("EDP 2028-2029", "EDP 2026-2027");
    }

    // ---------------------------------------------------------------- changing a round

    @Test
    void editingTheDatesSavesThemAndShowsTheNewTimeline() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        PhasePlan consolidation = demo.plan(RoundPhase.CONSOLIDATION).orElseThrow();

        _click(_get(Button.class, s -> s.withId("edit-dates-" + demo.id())));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Dates of EDP 2026-2027");
        _assertNone(IntegerField.class);
        assertThat(picker("CONSOLIDATION-endsOn").getValue()).isEqualTo(consolidation.endsOn());
        _setValue(picker("CONSOLIDATION-endsOn"), consolidation.endsOn().plusDays(4));
        _click(_get(Button.class, s -> s.withId("save-round")));

        NotificationsKt.expectNotifications("The new dates are saved.");
        assertThat(rounds.round(demo.id()).orElseThrow().closesOn()).isEqualTo(consolidation.endsOn().plusDays(4));
        ListItem step = step(card(demo), "CONSOLIDATION");
        assertThat(text(step, "timeline-dates")).endsWith(date(consolidation.endsOn().plusDays(4)));
    }

    @Test
    void overlappingDatesAreRefusedAtTheField() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");

        _click(_get(Button.class, s -> s.withId("edit-dates-" + demo.id())));
        _setValue(picker("REVIEW-startsOn"), picker("CO_DESIGN-endsOn").getValue());
        _click(_get(Button.class, s -> s.withId("save-round")));

        expectInvalid(picker("REVIEW-startsOn"), "Must start after the previous phase ends.");
        assertThat(rounds.round(demo.id())).contains(demo);
    }

    @Test
    void extendingAPhaseMovesItsEndAndTheLaterPhases() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        PhasePlan drafting = demo.plan(RoundPhase.DRAFTING).orElseThrow();

        _click(_get(Button.class, s -> s.withId("extend-" + demo.id())));
        @SuppressWarnings("unchecked")
        Select<RoundPhase> phase = _get(Select.class, s -> s.withId("extend-phase"));
        assertThat(phase.getListDataView().getItems()).containsExactly(RoundPhase.DRAFTING, RoundPhase.CO_DESIGN,
                RoundPhase.REVIEW, RoundPhase.CONSOLIDATION);
        assertThat(phase.getValue()).isEqualTo(RoundPhase.DRAFTING);
        assertThat(picker("newEnd").getHelperText()).startsWith("Now ends on " + date(drafting.endsOn()) + ".");
        _setValue(picker("newEnd"), drafting.endsOn().plusDays(3));
        _click(_get(Button.class, s -> s.withId("save-extension")));

        NotificationsKt.expectNotifications("The phase is extended.");
        RoundSummary extended = rounds.round(demo.id()).orElseThrow();
        assertThat(extended.plan(RoundPhase.DRAFTING).orElseThrow().endsOn()).isEqualTo(drafting.endsOn().plusDays(3));
        assertThat(extended.closesOn()).isEqualTo(demo.closesOn().plusDays(3));
        ListItem current = currentStep(card(demo));
        assertThat(text(current, "timeline-dates")).endsWith(date(drafting.endsOn().plusDays(3)));
        assertThat(text(current, "timeline-days-left")).isEqualTo(extended.phaseDaysLeft(Formats.today()) + " days left");
    }

    @Test
    void anEndThatIsNotLaterIsRefusedAtTheField() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        PhasePlan review = demo.plan(RoundPhase.REVIEW).orElseThrow();

        _click(_get(Button.class, s -> s.withId("extend-" + demo.id())));
        @SuppressWarnings("unchecked")
        Select<RoundPhase> phase = _get(Select.class, s -> s.withId("extend-phase"));
        _setValue(phase, RoundPhase.REVIEW);
        assertThat(picker("newEnd").getValue()).isEqualTo(review.endsOn().plusDays(7));
        _setValue(picker("newEnd"), review.endsOn().minusDays(1));
        _click(_get(Button.class, s -> s.withId("save-extension")));

        expectInvalid(picker("newEnd"), "The new end must come after the current one.");
        _get(Dialog.class);
        assertThat(rounds.round(demo.id())).contains(demo);
    }

    @Test
    void movingToTheNextPhaseAsksFirstAndWarnsThatItIsEarly() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        PhasePlan drafting = demo.plan(RoundPhase.DRAFTING).orElseThrow();

        _click(_get(Button.class, s -> s.withId("advance-" + demo.id())));

        Dialog dialog = _get(Dialog.class, s -> s.withId("advance-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Move EDP 2026-2027 to the next phase?");
        assertThat(_find(dialog, Paragraph.class).stream().map(Paragraph::getText)).containsExactly(
                "The round moves from Proposal drafting to Co-design, starting today.",
                "This is before the planned date: Proposal drafting was planned to run until " + date(drafting.endsOn()) + ".");
        Button confirm = _get(dialog, Button.class, s -> s.withId("confirm-advance"));
        assertThat(confirm.getText()).isEqualTo("Move to Co-design");
        _click(confirm);

        NotificationsKt.expectNotifications("The round is now in the phase Co-design.");
        RoundSummary moved = rounds.round(demo.id()).orElseThrow();
        assertThat(moved.phase()).isEqualTo(RoundPhase.CO_DESIGN);
        ListItem current = currentStep(card(demo));
        assertThat(current.getElement().getAttribute("data-phase")).isEqualTo("CO_DESIGN");
        assertThat(text(current, "timeline-since")).isEqualTo("Since " + date(moved.phaseSince()) + ", ahead of plan");
        assertThat(text(step(card(demo), "DRAFTING"), "timeline-state")).isEqualTo("Done");
    }

    @Test
    void cancellingTheMoveLeavesThePhase() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");

        _click(_get(Button.class, s -> s.withId("advance-" + demo.id())));
        _click(_get(_get(Dialog.class, s -> s.withId("advance-dialog")), Button.class, s -> s.withText("Cancel")));

        _assertNone(Dialog.class);
        assertThat(rounds.round(demo.id())).contains(demo);
    }

    @Test
    void closingTheRoundSaysThatNothingCanChangeAfterwards() {
        signIn("admin");
        RoundSummary consolidation = demo;
        while (consolidation.phase() != RoundPhase.CONSOLIDATION) {
            consolidation = rounds.advance(consolidation.id(), consolidation.version());
        }
        UI.getCurrent().navigate("rounds");

        _click(_get(Button.class, s -> s.withId("advance-" + demo.id())));
        Dialog dialog = _get(Dialog.class, s -> s.withId("advance-dialog"));
        assertThat(_find(dialog, Paragraph.class).stream().map(Paragraph::getText))
                .contains("The round moves from Consolidation to Closed, starting today.",
                        "Once closed, nothing in the round can change any more.");
        _click(_get(dialog, Button.class, s -> s.withId("confirm-advance")));

        RoundSummary closed = rounds.round(demo.id()).orElseThrow();
        assertThat(closed.phase()).isEqualTo(RoundPhase.CLOSED);
        assertThat(_get(card(demo), Paragraph.class, s -> s.withClasses("timeline-summary")).getText())
                .isEqualTo("The round closed on " + date(closed.phaseSince()) + ".");
    }

    @Test
    void aRoundChangedMeanwhileIsReloadedWithATranslatedMessage() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        // someone else extends the consolidation while this page is open
        rounds.extendPhase(demo.id(), demo.version(), RoundPhase.CONSOLIDATION, demo.closesOn().plusDays(2));

        _click(_get(Button.class, s -> s.withId("advance-" + demo.id())));
        _click(_get(Button.class, s -> s.withId("confirm-advance")));

        NotificationsKt.expectNotifications("Someone changed this round in the meantime. Reload to see their changes.");
        assertThat(rounds.round(demo.id()).orElseThrow().phase()).isEqualTo(RoundPhase.DRAFTING);
        // the page now holds the latest version: the same move works
        assertThat(text(step(card(demo), "CONSOLIDATION"), "timeline-dates")).endsWith(date(demo.closesOn().plusDays(2)));
        _click(_get(Button.class, s -> s.withId("advance-" + demo.id())));
        _click(_get(Button.class, s -> s.withId("confirm-advance")));
        NotificationsKt.expectNotifications("The round is now in the phase Co-design.");
    }

    @Test
    void aStaleDialogIsClosedAndThePageReloaded() {
        signIn("admin");
        UI.getCurrent().navigate("rounds");
        _click(_get(Button.class, s -> s.withId("extend-" + demo.id())));
        rounds.advance(demo.id(), demo.version());

        _click(_get(Button.class, s -> s.withId("save-extension")));

        NotificationsKt.expectNotifications("Someone changed this round in the meantime. Reload to see their changes.");
        _assertNone(Dialog.class);
        assertThat(currentStep(card(demo)).getElement().getAttribute("data-phase")).isEqualTo("CO_DESIGN");
    }

    @Test
    void aClosedRoundsActionsAreDisabledAndSayWhy() {
        signIn("admin");
        close(demo);
        UI.getCurrent().navigate("rounds");

        Section card = card(demo);
        String why = "This round is closed: its dates and phase can no longer change.";
        for (String id : List.of("edit-dates-", "extend-", "advance-")) {
            Button button = _get(card, Button.class, s -> s.withId(id + demo.id()));
            assertThat(button.isEnabled()).as(id).isFalse();
            assertThat(button.getTooltip().getText()).as(id).isEqualTo(why);
        }
        assertThat(_get(card, Paragraph.class, s -> s.withId("closed-reason-" + demo.id())).getText()).isEqualTo(why);
        assertThat(_find(_get(card, RoundTimeline.class), ListItem.class)).extracting(li -> text(li, "timeline-state"))
                .containsExactly("Done", "Done", "Done", "Done", "Current phase");
        // and the create button is there again for the next edition
        _get(Button.class, s -> s.withId("new-round"));
    }

    @Test
    void italianTimeline() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("rounds");

        assertThat(_get(H1.class).getText()).isEqualTo("Round EDP");
        ListItem current = currentStep(card(demo));
        assertThat(text(current, "timeline-name")).isEqualTo("Stesura delle proposte");
        assertThat(text(current, "timeline-state")).isEqualTo("Fase in corso");
        assertThat(text(current, "timeline-days-left")).startsWith("Mancano ");
        assertThat(text(step(card(demo), "REVIEW"), "timeline-state")).isEqualTo("Da iniziare");
        PhasePlan review = demo.plan(RoundPhase.REVIEW).orElseThrow();
        assertThat(text(step(card(demo), "REVIEW"), "timeline-dates"))
                .isEqualTo(Formats.date(review.startsOn(), Locale.ITALIAN) + " \u2013 " + Formats.date(review.endsOn(), Locale.ITALIAN));
    }

    @Test
    void italianDialogAndDatePickers() {
        useItalian();
        signIn("admin");
        UI.getCurrent().navigate("rounds");

        _click(_get(Button.class, s -> s.withId("new-round")));

        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Apri un nuovo round EDP");
        DatePicker start = picker("REVIEW-startsOn");
        assertThat(start.getLabel()).isEqualTo("Inizio");
        assertThat(start.getAriaLabel()).contains("Inizio di Valutazione");
        assertThat(start.getLocale()).isEqualTo(Locale.ITALIAN);
        assertThat(start.getI18n().getMonthNames().getFirst()).isEqualTo("gennaio");
        assertThat(start.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(start.getI18n().getToday()).isEqualTo("Oggi");
    }

    // ---------------------------------------------------------------- helpers

    private void close(RoundSummary round) {
        while (!round.phase().closed()) {
            round = rounds.advance(round.id(), round.version());
        }
    }

    private static Section card(RoundSummary round) {
        return _get(Section.class, s -> s.withId("round-" + round.id()));
    }

    private static ListItem currentStep(Section card) {
        List<ListItem> current = _find(_get(card, RoundTimeline.class), ListItem.class).stream()
                .filter(li -> "step".equals(li.getElement().getAttribute("aria-current"))).toList();
        assertThat(current).hasSize(1);
        return current.getFirst();
    }

    private static ListItem step(Section card, String phase) {
        return _find(_get(card, RoundTimeline.class), ListItem.class).stream()
                .filter(li -> phase.equals(li.getElement().getAttribute("data-phase"))).findFirst().orElseThrow();
    }

    private static String text(ListItem step, String cssClass) {
        return _get(step, Span.class, s -> s.withClasses(cssClass)).getText();
    }

    private static DatePicker picker(String id) {
        return _get(DatePicker.class, s -> s.withId(id));
    }

    private static void expectInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private static String date(LocalDate date) {
        return Formats.date(date, Locale.ENGLISH);
    }
}
