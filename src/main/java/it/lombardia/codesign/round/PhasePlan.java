package it.lombardia.codesign.round;

import java.time.LocalDate;

/**
 * The first and last day of one working phase, both included: as planned, or as it turned out
 * ({@link RoundSummary#actual}).
 */
public record PhasePlan(RoundPhase phase, LocalDate startsOn, LocalDate endsOn) {
}
