package it.lombardia.codesign.round.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.PhaseRun;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundStatus;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The timeline component on its own, for rounds in every kind of state, on a fixed day. */
class RoundTimelineTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final List<PhasePlan> PLANS = List.of(
            new PhasePlan(RoundPhase.DRAFTING, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1)),
            new PhasePlan(RoundPhase.CO_DESIGN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 22)),
            new PhasePlan(RoundPhase.REVIEW, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 19)),
            new PhasePlan(RoundPhase.CONSOLIDATION, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 3)));

    @Test
    void anOrderedListWithTheCurrentStepMarkedAndItsDaysLeft() {
        RoundTimeline timeline = show(round(RoundPhase.CO_DESIGN, LocalDate.of(2026, 3, 2)));

        OrderedList list = _get(timeline, OrderedList.class);
        assertThat(list.getElement().getAttribute("aria-label")).isEqualTo("Phases of EDP test");
        assertThat(steps(timeline)).extracting(li -> text(li, "timeline-state"))
                .containsExactly("Done", "Current phase", "Upcoming", "Upcoming", "Upcoming");
        ListItem current = steps(timeline).get(1);
        assertThat(current.getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(current.getClassNames()).contains("timeline-step", "current");
        assertThat(text(current, "timeline-days-left")).isEqualTo("12 days left");
        // started on its planned day: no "since"
        assertThat(_find(current, Span.class, s -> s.withClasses("timeline-since"))).isEmpty();
        assertThat(summary(timeline)).isEqualTo("Current phase: Co-design (12 days left)");
        assertThat(text(steps(timeline).get(4), "timeline-dates")).isEqualTo("From " + date(LocalDate.of(2026, 5, 4)));
    }

    @Test
    void aPhaseStartedAheadOfPlanSaysSince() {
        RoundTimeline timeline = show(round(RoundPhase.REVIEW, LocalDate.of(2026, 3, 9)));

        ListItem current = steps(timeline).get(2);
        assertThat(text(current, "timeline-since")).isEqualTo("Since " + date(LocalDate.of(2026, 3, 9)) + ", ahead of plan");
        assertThat(text(current, "timeline-days-left")).isEqualTo("40 days left");
    }

    @Test
    void theLastDaysOfAPhase() {
        RoundSummary round = round(RoundPhase.CO_DESIGN, LocalDate.of(2026, 3, 2));

        assertThat(text(steps(show(round, LocalDate.of(2026, 3, 21))).get(1), "timeline-days-left")).isEqualTo("1 day left");
        assertThat(text(steps(show(round, LocalDate.of(2026, 3, 22))).get(1), "timeline-days-left")).isEqualTo("Ends today");
        assertThat(summary(show(round, LocalDate.of(2026, 3, 22)))).isEqualTo("Current phase: Co-design (ends today)");
    }

    @Test
    void aPlannedRoundHasNoCurrentStep() {
        RoundTimeline timeline = show(round(RoundPhase.PLANNED, null));

        assertThat(steps(timeline)).extracting(li -> text(li, "timeline-state")).containsOnly("Upcoming");
        assertThat(steps(timeline)).noneMatch(li -> li.getElement().hasAttribute("aria-current"));
        assertThat(summary(timeline)).isEqualTo("Not started yet: drafting starts on " + date(LocalDate.of(2026, 2, 2)) + ".");
    }

    @Test
    void aClosedRoundHasEveryPhaseDone() {
        RoundTimeline timeline = show(round(RoundPhase.CLOSED, LocalDate.of(2026, 5, 4)));

        assertThat(steps(timeline)).extracting(li -> text(li, "timeline-state"))
                .containsExactly("Done", "Done", "Done", "Done", "Current phase");
        assertThat(summary(timeline)).isEqualTo("The round closed on " + date(LocalDate.of(2026, 5, 4)) + ".");
        assertThat(summary(show(round(RoundPhase.CLOSED, null)))).isEqualTo("The round is closed.");
        assertThat(_find(timeline, Span.class, s -> s.withClasses("timeline-days-left"))).isEmpty();
    }

    @Test
    void aRoundClosedAheadOfPlanShowsTheDaysItsPhasesReallyRan() {
        LocalDate closedOn = LocalDate.of(2026, 3, 10);
        RoundSummary closedEarly = new RoundSummary(1L, 1L, "2026-2027", "EDP test", PLANS.getFirst().startsOn(),
                PLANS.getLast().endsOn(), RoundStatus.CLOSED, RoundPhase.CLOSED, closedOn, PLANS, List.of(
                        new PhaseRun(RoundPhase.DRAFTING, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1)),
                        new PhaseRun(RoundPhase.CO_DESIGN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)),
                        new PhaseRun(RoundPhase.REVIEW, closedOn, closedOn),
                        new PhaseRun(RoundPhase.CONSOLIDATION, closedOn, closedOn)), 0L);

        RoundTimeline timeline = show(closedEarly, closedOn);

        List<ListItem> steps = steps(timeline);
        // drafting ran as planned: its dates, nothing more
        assertThat(text(steps.get(0), "timeline-dates")).isEqualTo(date(LocalDate.of(2026, 2, 2)) + " – "
                + date(LocalDate.of(2026, 3, 1)));
        assertThat(_find(steps.get(0), Span.class, s -> s.withClasses("timeline-planned"))).isEmpty();
        assertThat(text(steps.get(1), "timeline-dates")).isEqualTo(date(LocalDate.of(2026, 3, 2)) + " – "
                + date(LocalDate.of(2026, 3, 9)));
        assertThat(text(steps.get(1), "timeline-planned")).isEqualTo("Planned: " + date(LocalDate.of(2026, 3, 2))
                + " – " + date(LocalDate.of(2026, 3, 22)));
        // consolidation happened on the day the round closed, not in April as planned
        assertThat(text(steps.get(3), "timeline-dates")).isEqualTo(date(closedOn));
        assertThat(text(steps.get(3), "timeline-state")).isEqualTo("Done");
        assertThat(text(steps.get(3), "timeline-planned")).isEqualTo("Planned: " + date(LocalDate.of(2026, 4, 20))
                + " – " + date(LocalDate.of(2026, 5, 3)));
        assertThat(text(steps.get(4), "timeline-dates")).isEqualTo("From " + date(closedOn));
        assertThat(summary(timeline)).isEqualTo("The round closed on " + date(closedOn) + ".");
    }

    @Test
    void thePhaseUnderWayShowsItsRealStartAndLaterPhasesTheirPlan() {
        LocalDate startedOn = LocalDate.of(2026, 3, 9);
        RoundSummary early = new RoundSummary(1L, 1L, "2026-2027", "EDP test", PLANS.getFirst().startsOn(),
                PLANS.getLast().endsOn(), RoundStatus.OPEN, RoundPhase.REVIEW, startedOn, PLANS, List.of(
                        new PhaseRun(RoundPhase.DRAFTING, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1)),
                        new PhaseRun(RoundPhase.CO_DESIGN, LocalDate.of(2026, 3, 2), startedOn),
                        new PhaseRun(RoundPhase.REVIEW, startedOn, null)), 0L);

        List<ListItem> steps = steps(show(early));

        assertThat(text(steps.get(2), "timeline-dates")).isEqualTo(date(startedOn) + " – " + date(LocalDate.of(2026, 4, 19)));
        assertThat(text(steps.get(3), "timeline-dates")).isEqualTo(date(LocalDate.of(2026, 4, 20)) + " – "
                + date(LocalDate.of(2026, 5, 3)));
        assertThat(_find(steps.get(3), Span.class, s -> s.withClasses("timeline-planned"))).isEmpty();
    }

    @Test
    void italian() {
        useItalian();
        RoundTimeline timeline = show(round(RoundPhase.DRAFTING, LocalDate.of(2026, 2, 2)), LocalDate.of(2026, 2, 27));

        assertThat(_get(timeline, OrderedList.class).getElement().getAttribute("aria-label")).isEqualTo("Fasi di EDP test");
        assertThat(text(steps(timeline).getFirst(), "timeline-days-left")).isEqualTo("Mancano 2 giorni");
        assertThat(text(steps(timeline).getFirst(), "timeline-state")).isEqualTo("Fase in corso");
        assertThat(text(steps(timeline).get(1), "timeline-state")).isEqualTo("Da iniziare");
        assertThat(summary(timeline)).isEqualTo("Fase in corso: Stesura delle proposte (mancano 2 giorni)");
        assertThat(text(steps(timeline).get(4), "timeline-dates"))
                .isEqualTo("Dal " + Formats.date(LocalDate.of(2026, 5, 4), Locale.ITALIAN));
    }

    // ---------------------------------------------------------------- helpers

    private static RoundSummary round(RoundPhase phase, LocalDate since) {
        RoundStatus status = switch (phase) {
            case PLANNED -> RoundStatus.PLANNED;
            case CLOSED -> RoundStatus.CLOSED;
            default -> RoundStatus.OPEN;
        };
        return new RoundSummary(1L, 1L, "2026-2027", "EDP test", PLANS.getFirst().startsOn(),
                PLANS.getLast().endsOn(), status, phase, since, PLANS, 0L);
    }

    private static RoundTimeline show(RoundSummary round) {
        return show(round, TODAY);
    }

    private static RoundTimeline show(RoundSummary round, LocalDate today) {
        RoundTimeline timeline = new RoundTimeline(round, today);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(timeline);
        return timeline;
    }

    private static List<ListItem> steps(RoundTimeline timeline) {
        return _find(timeline, ListItem.class);
    }

    private static String summary(RoundTimeline timeline) {
        return _get(timeline, Paragraph.class, s -> s.withClasses("timeline-summary")).getText();
    }

    private static String text(ListItem step, String cssClass) {
        return _get(step, Span.class, s -> s.withClasses(cssClass)).getText();
    }

    private static String date(LocalDate date) {
        return Formats.date(date, Locale.ENGLISH);
    }
}
