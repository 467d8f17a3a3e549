package it.lombardia.codesign.round;

import java.time.LocalDate;

/**
 * When a working phase really ran, as recorded when the round moved into it and out of it (by an
 * administrator, by the phase clock or by adoption): its first day, and its last day once it is over
 * (null while it runs). Either is null when it was not recorded (rounds moved before dates were kept).
 */
public record PhaseRun(RoundPhase phase, LocalDate startedOn, LocalDate endedOn) {
}
