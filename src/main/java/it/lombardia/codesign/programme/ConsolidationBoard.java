package it.lombardia.codesign.programme;

import java.util.Map;
import java.util.Optional;

/**
 * An edition in preparation as region staff consolidate it: its content, the versions every change
 * must name (so that nobody overwrites a colleague's change unseen) and its checklist.
 */
public record ConsolidationBoard(EditionContent content, long editionVersion, Map<Long, Long> macroThemeVersions,
                                 Map<Long, Long> priorityVersions, EditionChecklist checklist) {

    public ConsolidationBoard {
        macroThemeVersions = Map.copyOf(macroThemeVersions);
        priorityVersions = Map.copyOf(priorityVersions);
    }

    public long macroThemeVersion(long macroThemeId) {
        return macroThemeVersions.getOrDefault(macroThemeId, -1L);
    }

    public long priorityVersion(long priorityId) {
        return priorityVersions.getOrDefault(priorityId, -1L);
    }

    public Optional<MacroThemeContent> macroTheme(long macroThemeId) {
        return content.macroThemes().stream().filter(m -> m.id() == macroThemeId).findFirst();
    }

    public Optional<PriorityContent> priority(long priorityId) {
        return content.macroThemes().stream().flatMap(m -> m.priorities().stream())
                .filter(p -> p.id() == priorityId).findFirst();
    }
}
