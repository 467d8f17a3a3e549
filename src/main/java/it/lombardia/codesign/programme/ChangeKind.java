package it.lombardia.codesign.programme;

/**
 * How a priority or macro-theme of one edition relates to the other edition it is compared with. A
 * priority can be both {@link #CHANGED} and {@link #MOVED}; macro-themes are never moved.
 */
public enum ChangeKind {
    NEW, CHANGED, MOVED, RETIRED, UNCHANGED;

    public String labelKey() {
        return "comparison.kind." + name();
    }
}
