package it.lombardia.codesign.programme;

import java.util.List;

public record EditionContent(EditionSummary edition, List<MacroThemeContent> macroThemes) {
    public int priorityCount() {
        return macroThemes.stream().mapToInt(m -> m.priorities().size()).sum();
    }
}
