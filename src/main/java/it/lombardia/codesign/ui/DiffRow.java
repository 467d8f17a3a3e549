package it.lombardia.codesign.ui;

import java.util.Objects;

/**
 * One field of a {@link SideBySideDiff}: its label as the user reads it (already translated) and its
 * text in the older and in the newer version. A null text means the field was empty (or did not
 * exist) in that version; it compares equal to an empty text.
 */
public record DiffRow(String label, String before, String after) {

    public DiffRow {
        Objects.requireNonNull(label, "label");
    }

    /** True when both versions hold the same text. */
    public boolean isUnchanged() {
        return Objects.equals(orEmpty(before), orEmpty(after));
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
