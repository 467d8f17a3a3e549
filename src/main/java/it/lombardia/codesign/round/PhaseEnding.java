package it.lombardia.codesign.round;

import java.time.LocalDate;

/** Published once per phase when its planned end is three days away or less. */
public record PhaseEnding(long roundId, String roundTitle, RoundPhase phase, LocalDate endsOn) {
}
