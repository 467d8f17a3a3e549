package it.lombardia.codesign.programme;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One priority across two editions. {@code before} is null for a new priority, {@code after} for a
 * retired one; the macro-themes are those it sits under in each edition. A priority is moved when
 * its macro-theme in the newer edition does not descend from its macro-theme in the older one.
 */
public record PriorityChange(PriorityContent before, PriorityContent after, MacroThemeRef macroThemeBefore,
                             MacroThemeRef macroThemeAfter, List<PriorityField> changedFields, boolean moved) {

    public PriorityChange {
        changedFields = List.copyOf(changedFields);
    }

    /** Every kind that applies: NEW, RETIRED or UNCHANGED alone, or CHANGED and/or MOVED. */
    public Set<ChangeKind> kinds() {
        if (before == null) {
            return EnumSet.of(ChangeKind.NEW);
        }
        if (after == null) {
            return EnumSet.of(ChangeKind.RETIRED);
        }
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        if (!changedFields.isEmpty()) {
            kinds.add(ChangeKind.CHANGED);
        }
        if (moved) {
            kinds.add(ChangeKind.MOVED);
        }
        return kinds.isEmpty() ? EnumSet.of(ChangeKind.UNCHANGED) : kinds;
    }

    public boolean is(ChangeKind kind) {
        return kinds().contains(kind);
    }

    /** The version to name the priority by: the newer one when there is one. */
    public PriorityContent latest() {
        return after != null ? after : before;
    }
}
