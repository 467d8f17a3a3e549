package it.lombardia.codesign.publication;

/**
 * Where an export job stands. {@code fileName} and {@code size} are known once DONE; {@code errorKey}
 * (a message key) once FAILED.
 */
public record ExportStatus(String jobId, State state, int progress, String stepKey, String fileName, long size,
                           String errorKey, Object[] errorArgs) {

    public enum State { RUNNING, DONE, FAILED }

    public boolean finished() {
        return state != State.RUNNING;
    }

    /** Where the result is downloaded. */
    public String downloadPath() {
        return "exports/" + jobId;
    }
}
