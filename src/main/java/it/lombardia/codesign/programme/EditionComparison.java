package it.lombardia.codesign.programme;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares two editions of the Work Programme. Priorities and macro-themes are matched by lineage:
 * each copy records what it was copied from in the edition before, so following those links back
 * from the newer edition (through any editions in between) finds its ancestor in the older one.
 * Read-only; anyone signed in may compare, as anyone signed in may read the programme.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EditionComparison {

    private final ProgrammeService programme;
    private final CatalogService catalog;

    EditionComparison(ProgrammeService programme, CatalogService catalog) {
        this.programme = programme;
        this.catalog = catalog;
    }

    /** The differences between two editions, in either order: the one starting earlier is "before". */
    public EditionDiff compare(long editionA, long editionB) {
        EditionSummary a = edition(editionA);
        EditionSummary b = edition(editionB);
        boolean aFirst = a.startYear() != b.startYear() ? a.startYear() < b.startYear() : a.id() <= b.id();
        EditionSummary before = aFirst ? a : b;
        EditionSummary after = aFirst ? b : a;
        return new Lineage(before, after).diff();
    }

    private EditionSummary edition(long id) {
        return programme.edition(id)
                .orElseThrow(() -> new TranslatableException("comparison.error.edition-not-found", id));
    }

    /** The contents of the two editions and of those in between, indexed by id. */
    private final class Lineage {

        private final EditionContent before;
        private final EditionContent after;
        private final Map<Long, PriorityContent> priorities = new HashMap<>();
        private final Map<Long, Long> priorityEdition = new HashMap<>();
        private final Map<Long, MacroThemeContent> macroThemes = new HashMap<>();
        private final Map<Long, Long> macroThemeEdition = new HashMap<>();

        Lineage(EditionSummary olderEdition, EditionSummary newerEdition) {
            before = programme.content(olderEdition.id()).orElseThrow();
            after = olderEdition.id() == newerEdition.id() ? before : programme.content(newerEdition.id()).orElseThrow();
            index(before);
            index(after);
            for (EditionSummary between : programme.editions()) {
                if (between.startYear() > olderEdition.startYear() && between.startYear() < newerEdition.startYear()) {
                    programme.content(between.id()).ifPresent(this::index);
                }
            }
        }

        private void index(EditionContent content) {
            long editionId = content.edition().id();
            for (MacroThemeContent m : content.macroThemes()) {
                macroThemes.put(m.id(), m);
                macroThemeEdition.put(m.id(), editionId);
                for (PriorityContent p : m.priorities()) {
                    priorities.put(p.id(), p);
                    priorityEdition.put(p.id(), editionId);
                }
            }
        }

        EditionDiff diff() {
            Map<Long, MacroThemeContent> macroAncestors = new HashMap<>();
            List<MacroThemeChange> macroChanges = new ArrayList<>();
            Set<Long> matchedMacroThemes = new HashSet<>();
            for (MacroThemeContent m : after.macroThemes()) {
                MacroThemeContent ancestor = ancestor(m);
                if (ancestor != null && matchedMacroThemes.add(ancestor.id())) {
                    macroAncestors.put(m.id(), ancestor);
                    macroChanges.add(new MacroThemeChange(ancestor, m, changedFields(ancestor, m)));
                } else {
                    macroChanges.add(new MacroThemeChange(null, m, List.of()));
                }
            }
            for (MacroThemeContent m : before.macroThemes()) {
                if (!matchedMacroThemes.contains(m.id())) {
                    macroChanges.add(new MacroThemeChange(m, null, List.of()));
                }
            }

            List<PriorityChange> changes = new ArrayList<>();
            Set<Long> matched = new HashSet<>();
            for (MacroThemeContent m : after.macroThemes()) {
                MacroThemeContent macroAncestor = macroAncestors.get(m.id());
                for (PriorityContent p : m.priorities()) {
                    PriorityContent ancestor = ancestor(p);
                    if (ancestor != null && matched.add(ancestor.id())) {
                        boolean moved = macroAncestor == null || macroAncestor.id() != ancestor.macroThemeId();
                        changes.add(new PriorityChange(ancestor, p, ref(macroThemes.get(ancestor.macroThemeId())), ref(m),
                                changedFields(ancestor, p), moved));
                    } else {
                        changes.add(new PriorityChange(null, p, null, ref(m), List.of(), false));
                    }
                }
            }
            for (MacroThemeContent m : before.macroThemes()) {
                for (PriorityContent p : m.priorities()) {
                    if (!matched.contains(p.id())) {
                        changes.add(new PriorityChange(p, null, ref(m), null, List.of(), false));
                    }
                }
            }
            return new EditionDiff(before.edition(), after.edition(), before.priorityCount(), after.priorityCount(),
                    changes, macroChanges, ecosystemCounts());
        }

        /** The priority of the older edition this one descends from, or null when it is new since. */
        private PriorityContent ancestor(PriorityContent p) {
            if (before == after) {
                return p;
            }
            PriorityContent current = p;
            while (current.derivedFromId() != null) {
                current = priorities.get(current.derivedFromId());
                if (current == null) {
                    return null;
                }
                if (priorityEdition.get(current.id()) == before.edition().id()) {
                    return current;
                }
            }
            return null;
        }

        private MacroThemeContent ancestor(MacroThemeContent m) {
            if (before == after) {
                return m;
            }
            MacroThemeContent current = m;
            while (current.derivedFromId() != null) {
                current = macroThemes.get(current.derivedFromId());
                if (current == null) {
                    return null;
                }
                if (macroThemeEdition.get(current.id()) == before.edition().id()) {
                    return current;
                }
            }
            return null;
        }

        private MacroThemeRef ref(MacroThemeContent m) {
            return new MacroThemeRef(m.id(), macroThemeEdition.get(m.id()), m.title(), m.displayOrder());
        }

        private List<EcosystemCount> ecosystemCounts() {
            List<EcosystemCount> counts = new ArrayList<>();
            for (Ecosystem ecosystem : catalog.ecosystems()) {
                counts.add(new EcosystemCount(ecosystem.code(), count(before, ecosystem.code()), count(after, ecosystem.code())));
            }
            return counts;
        }

        private static int count(EditionContent edition, String ecosystemCode) {
            return edition.macroThemes().stream()
                    .filter(m -> m.ecosystemCodes().contains(ecosystemCode))
                    .mapToInt(m -> m.priorities().size())
                    .sum();
        }
    }

    private static List<PriorityField> changedFields(PriorityContent before, PriorityContent after) {
        return Arrays.stream(PriorityField.values()).filter(f -> f.differs(before, after)).toList();
    }

    private static List<MacroThemeField> changedFields(MacroThemeContent before, MacroThemeContent after) {
        List<MacroThemeField> fields = new ArrayList<>();
        if (!Objects.equals(before.title(), after.title())) {
            fields.add(MacroThemeField.TITLE);
        }
        if (!Objects.equals(blankAsNull(before.description()), blankAsNull(after.description()))) {
            fields.add(MacroThemeField.DESCRIPTION);
        }
        if (!before.ecosystemCodes().equals(after.ecosystemCodes())) {
            fields.add(MacroThemeField.ECOSYSTEMS);
        }
        return fields;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
