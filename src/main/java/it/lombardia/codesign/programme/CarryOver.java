package it.lombardia.codesign.programme;

/**
 * What opening a round decided for a priority of the adopted edition: carried over unchanged,
 * proposed for change, or proposed for retirement. Kept on its copy in the edition in preparation.
 */
public enum CarryOver {
    KEEP, CHANGE, RETIRE;

    public String labelKey() {
        return "carry-over." + name();
    }
}
