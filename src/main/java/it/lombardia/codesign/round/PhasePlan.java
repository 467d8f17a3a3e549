package it.lombardia.codesign.round;

import java.time.LocalDate;

/** The planned dates of one working phase, both days included. */
public record PhasePlan(RoundPhase phase, LocalDate startsOn, LocalDate endsOn) {
}
