package it.lombardia.codesign.round;

/** Published when a round moves into a phase, by an administrator or because the previous phase ended. */
public record PhaseStarted(long roundId, String roundTitle, RoundPhase phase, String startedBy) {
}
