package it.lombardia.codesign.round;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A round as everybody sees it: its span, the phase it is in (since when), the planned dates of
 * every working phase and the recorded days of those that have started.
 */
public record RoundSummary(long id, long editionId, String editionPeriod, String title, LocalDate opensOn,
                           LocalDate closesOn, RoundStatus status, RoundPhase phase, LocalDate phaseSince,
                           List<PhasePlan> plans, List<PhaseRun> runs, long version) {

    public RoundSummary {
        plans = List.copyOf(plans);
        runs = List.copyOf(runs);
    }

    /** A round of which no phase has recorded days. */
    public RoundSummary(long id, long editionId, String editionPeriod, String title, LocalDate opensOn,
                        LocalDate closesOn, RoundStatus status, RoundPhase phase, LocalDate phaseSince,
                        List<PhasePlan> plans, long version) {
        this(id, editionId, editionPeriod, title, opensOn, closesOn, status, phase, phaseSince, plans, List.of(),
                version);
    }

    /** Started and not yet closed. */
    public boolean open() {
        return phase != RoundPhase.PLANNED && phase != RoundPhase.CLOSED;
    }

    public Optional<PhasePlan> plan(RoundPhase p) {
        return plans.stream().filter(plan -> plan.phase() == p).findFirst();
    }

    /**
     * The first and last day of the phase as it turned out: the recorded days where it has started or
     * ended, the planned ones for the rest (its end while it runs, both before it starts).
     */
    public Optional<PhasePlan> actual(RoundPhase p) {
        Optional<PhaseRun> run = runs.stream().filter(r -> r.phase() == p).findFirst();
        return plan(p).map(plan -> run.map(r -> new PhasePlan(p, r.startedOn() == null ? plan.startsOn() : r.startedOn(),
                r.endedOn() == null ? plan.endsOn() : r.endedOn())).orElse(plan));
    }

    /** Whether the phase is over and both its first and last day were recorded. */
    public boolean heldAsRecorded(RoundPhase p) {
        return runs.stream().anyMatch(r -> r.phase() == p && r.startedOn() != null && r.endedOn() != null);
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
