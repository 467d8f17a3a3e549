package it.lombardia.codesign.round.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.Formats;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A round's phases in order, as an ordered list that screen readers announce as such: each phase
 * with its dates (the days it really ran once it has started, the planned ones before) and its state written out (done, current, upcoming), the current one
 * marked with {@code aria-current="step"} and the days it has left. A last step stands for the
 * closed round. Horizontal when there is room, vertical otherwise (see styles.css).
 */
public class RoundTimeline extends Div {

    /** How far a phase is, as the list says it and as the styles colour it. */
    public enum StepState {
        DONE, CURRENT, UPCOMING;

        String cssClass() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String labelKey() {
            return switch (this) {
                case DONE -> "round.timeline.state.done";
                case CURRENT -> "round.timeline.state.current";
                case UPCOMING -> "round.timeline.state.upcoming";
            };
        }
    }

    private final RoundSummary round;
    private final LocalDate today;

    /** The timeline as of today in the Region's time zone. */
    public RoundTimeline(RoundSummary round) {
        this(round, Formats.today());
    }

    public RoundTimeline(RoundSummary round, LocalDate today) {
        this.round = round;
        this.today = today;
        addClassName("round-timeline");
        Paragraph summary = new Paragraph(summary());
        summary.addClassName("timeline-summary");
        OrderedList steps = new OrderedList();
        steps.addClassName("timeline");
        steps.getElement().setAttribute("aria-label", getTranslation("round.timeline.label", round.title()));
        for (RoundPhase phase : RoundPhase.SCHEDULED) {
            round.plan(phase).ifPresent(plan -> steps.add(step(plan)));
        }
        steps.add(closedStep());
        add(summary, steps);
    }

    /** The state of a phase in this round: before the current phase, the current one, or after it. */
    public static StepState stateOf(RoundSummary round, RoundPhase phase) {
        int compared = Integer.compare(phase.ordinal(), round.phase().ordinal());
        return compared < 0 ? StepState.DONE : compared == 0 ? StepState.CURRENT : StepState.UPCOMING;
    }

    private String summary() {
        return switch (round.phase()) {
            case PLANNED -> getTranslation("round.timeline.summary.planned",
                    round.plan(RoundPhase.DRAFTING).map(p -> date(p.startsOn())).orElse(""));
            case CLOSED -> round.phaseSince() == null ? getTranslation("round.timeline.summary.closed")
                    : getTranslation("round.timeline.summary.closed-on", date(round.phaseSince()));
            default -> getTranslation("round.timeline.summary.current", getTranslation(round.phase().labelKey()),
                    round.phaseDaysLeft(today));
        };
    }

    /** A phase that happened shows the days it really ran (and its plan, when that differs); a later one its plan. */
    private ListItem step(PhasePlan plan) {
        StepState state = stateOf(round, plan.phase());
        PhasePlan shown = state == StepState.UPCOMING ? plan : round.actual(plan.phase()).orElse(plan);
        ListItem item = item(plan.phase(), state, span(shown));
        if (state == StepState.DONE && !shown.equals(plan)) {
            Span planned = new Span(getTranslation("round.timeline.planned", span(plan)));
            planned.addClassName("timeline-planned");
            item.add(planned);
        }
        if (state == StepState.CURRENT) {
            Span daysLeft = new Span(getTranslation("round.timeline.days-left", round.phaseDaysLeft(today)));
            daysLeft.addClassName("timeline-days-left");
            item.add(daysLeft);
            startedEarly(plan).ifPresent(since -> {
                Span early = new Span(getTranslation("round.timeline.since", date(since)));
                early.addClassName("timeline-since");
                item.add(early);
            });
        }
        return item;
    }

    private ListItem closedStep() {
        LocalDate from = round.phase() == RoundPhase.CLOSED && round.phaseSince() != null ? round.phaseSince()
                : round.closesOn() == null ? null : round.closesOn().plusDays(1);
        return item(RoundPhase.CLOSED, stateOf(round, RoundPhase.CLOSED),
                from == null ? "" : getTranslation("round.timeline.from", date(from)));
    }

    private ListItem item(RoundPhase phase, StepState state, String dates) {
        ListItem item = new ListItem();
        item.addClassNames("timeline-step", state.cssClass());
        item.getElement().setAttribute("data-phase", phase.name());
        if (state == StepState.CURRENT) {
            item.getElement().setAttribute("aria-current", "step");
        }
        Span marker = new Span();
        marker.addClassName("timeline-marker");
        marker.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation(phase.labelKey()));
        name.addClassName("timeline-name");
        Span when = new Span(dates);
        when.addClassName("timeline-dates");
        Span stateText = new Span(getTranslation(state.labelKey()));
        stateText.addClassName("timeline-state");
        item.add(marker, name, when, stateText);
        return item;
    }

    /** The day the current phase started, when that was before its planned start. */
    private Optional<LocalDate> startedEarly(PhasePlan plan) {
        return Optional.ofNullable(round.phaseSince()).filter(since -> since.isBefore(plan.startsOn()));
    }

    private String span(PhasePlan dates) {
        return dates.startsOn().equals(dates.endsOn()) ? date(dates.startsOn())
                : getTranslation("round.timeline.dates", date(dates.startsOn()), date(dates.endsOn()));
    }

    private String date(LocalDate date) {
        return Formats.date(date, getLocale());
    }
}
