package it.lombardia.codesign.programme;

import java.util.List;

/**
 * What changed from an older edition of the Work Programme ({@code before}, the earlier start year)
 * to a newer one ({@code after}). Priorities are listed newer edition first, in programme order, then
 * the retired ones in the order of the older edition; macro-themes likewise. Ecosystems come in
 * catalogue order, all eight of them.
 */
public record EditionDiff(EditionSummary before, EditionSummary after, int prioritiesBefore, int prioritiesAfter,
                          List<PriorityChange> priorities, List<MacroThemeChange> macroThemes,
                          List<EcosystemCount> ecosystems) {

    public EditionDiff {
        priorities = List.copyOf(priorities);
        macroThemes = List.copyOf(macroThemes);
        ecosystems = List.copyOf(ecosystems);
    }

    /** An edition compared with itself: nothing can differ. */
    public boolean sameEdition() {
        return before.id() == after.id();
    }

    public int priorityDelta() {
        return prioritiesAfter - prioritiesBefore;
    }

    /** How many priorities are of that kind; a priority both changed and moved counts for both. */
    public int count(ChangeKind kind) {
        return priorities(kind).size();
    }

    public List<PriorityChange> priorities(ChangeKind kind) {
        return priorities.stream().filter(p -> p.is(kind)).toList();
    }

    public int macroThemesBefore() {
        return (int) macroThemes.stream().filter(m -> m.before() != null).count();
    }

    public int macroThemesAfter() {
        return (int) macroThemes.stream().filter(m -> m.after() != null).count();
    }

    public int macroThemeCount(ChangeKind kind) {
        return macroThemes(kind).size();
    }

    public List<MacroThemeChange> macroThemes(ChangeKind kind) {
        return macroThemes.stream().filter(m -> m.kind() == kind).toList();
    }
}
