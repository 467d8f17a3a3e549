package it.lombardia.codesign.programme;

import java.util.List;

/**
 * Something still missing before an edition can be adopted, with the macro-theme or priority it
 * concerns (either may be null). {@code messageKey} and {@code args} say it in the user's language.
 */
public record ChecklistItem(Severity severity, String messageKey, List<String> args, Long macroThemeId,
                            Long priorityId) {

    public ChecklistItem {
        args = List.copyOf(args);
    }

    public enum Severity {
        /** Adoption waits until this is resolved. */
        BLOCKING,
        /** Worth a look; adoption may go ahead. */
        WARNING
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }
}
