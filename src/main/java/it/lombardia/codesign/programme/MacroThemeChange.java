package it.lombardia.codesign.programme;

import java.util.List;

/** One macro-theme across two editions; {@code before} is null for a new one, {@code after} for a retired one. */
public record MacroThemeChange(MacroThemeContent before, MacroThemeContent after, List<MacroThemeField> changedFields) {

    public MacroThemeChange {
        changedFields = List.copyOf(changedFields);
    }

    public ChangeKind kind() {
        if (before == null) {
            return ChangeKind.NEW;
        }
        if (after == null) {
            return ChangeKind.RETIRED;
        }
        return changedFields.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
    }

    public MacroThemeContent latest() {
        return after != null ? after : before;
    }

    public int prioritiesBefore() {
        return before == null ? 0 : before.priorities().size();
    }

    public int prioritiesAfter() {
        return after == null ? 0 : after.priorities().size();
    }
}
