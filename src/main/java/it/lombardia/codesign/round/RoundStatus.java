package it.lombardia.codesign.round;

public enum RoundStatus {
    PLANNED, OPEN, CLOSED;

    public String labelKey() {
        return "round.status." + name();
    }
}
