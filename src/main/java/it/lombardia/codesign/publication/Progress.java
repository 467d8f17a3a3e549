package it.lombardia.codesign.publication;

/** Where the making of a document stands: a percentage and the message key of the step under way. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (percent, stepKey) -> { };

    void report(int percent, String stepKey);

    /** This progress squeezed into the range {@code from..to} of the caller's. */
    default Progress within(int from, int to) {
        return (percent, stepKey) -> report(from + (to - from) * Math.max(0, Math.min(100, percent)) / 100, stepKey);
    }
}
