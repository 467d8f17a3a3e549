package it.lombardia.codesign.round;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A round as everybody sees it: its span, the phase it is in (since when) and the planned dates of
 * every working phase.
 */
public record RoundSummary(long id, long editionId, String editionPeriod, String title, LocalDate opensOn,
                           LocalDate closesOn, RoundStatus status, RoundPhase phase, LocalDate phaseSince,
                           List<PhasePlan> plans, long version) {

    public RoundSummary {
        plans = List.copyOf(plans);
    }

    /** Started and not yet closed. */
    public boolean open() {
        return phase != RoundPhase.PLANNED && phase != RoundPhase.CLOSED;
    }

    public Optional<PhasePlan> plan(RoundPhase p) {
        return plans.stream().filter(plan -> plan.phase() == p).findFirst();
    }

    public Optional<PhasePlan> currentPlan() {
        return plan(phase);
    }

    /** The planned last day on which proposals may still be written and edited: the end of co-design. */
    public Optional<LocalDate> draftingEndsOn() {
        return plans.stream().filter(p -> p.phase().allowsDrafting()).map(PhasePlan::endsOn)
                .max(java.util.Comparator.naturalOrder());
    }

    /** Days until the current phase's planned end; zero on its last day or once it has passed. */
    public long phaseDaysLeft(LocalDate today) {
        return currentPlan().map(p -> Math.max(0, ChronoUnit.DAYS.between(today, p.endsOn()))).orElse(0L);
    }

    /** Days until the round closes; zero once the closing date has passed. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, closesOn));
    }
}
