package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.programme.ChangeKind;
import it.lombardia.codesign.programme.EditionDiff;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The comparison in one sentence ("2024-2025 → 2026-2027: 92 → 58 priorities (−34 …)") and in tiles:
 * the totals and one tile per kind of change. A tile shows its priorities in the list below.
 */
final class ComparisonSummary extends Div {

    ComparisonSummary(EditionDiff diff, Consumer<Set<ChangeKind>> show) {
        addClassName("comparison-summary");
        H2 heading = new H2(getTranslation("comparison.tiles.heading"));
        Paragraph sentence = new Paragraph(sentence(diff));
        sentence.setId("comparison-sentence");
        Paragraph macroThemes = new Paragraph(getTranslation("comparison.summary.macro-themes", diff.macroThemesBefore(),
                diff.macroThemesAfter(), diff.macroThemeCount(ChangeKind.RETIRED), diff.macroThemeCount(ChangeKind.NEW),
                diff.macroThemeCount(ChangeKind.CHANGED)));
        macroThemes.setId("comparison-macro-theme-sentence");
        Div tiles = new Div();
        tiles.addClassName("comparison-tiles");
        tiles.add(tile("total-before", diff.prioritiesBefore(),
                        getTranslation("comparison.tile.before", diff.before().periodLabel()),
                        EnumSet.complementOf(EnumSet.of(ChangeKind.NEW)), show),
                tile("total-after", diff.prioritiesAfter(),
                        getTranslation("comparison.tile.after", diff.after().periodLabel()),
                        EnumSet.complementOf(EnumSet.of(ChangeKind.RETIRED)), show));
        for (ChangeKind kind : ChangeKind.values()) {
            tiles.add(tile(kind.name().toLowerCase(), diff.count(kind), getTranslation(kind.labelKey()), EnumSet.of(kind), show));
        }
        add(heading, sentence, macroThemes, tiles);
    }

    /** "2024-2025 → 2026-2027: 92 → 58 priorities (−34: 40 retired, 6 new, 20 changed, 3 moved)". */
    private String sentence(EditionDiff diff) {
        int delta = diff.priorityDelta();
        String signed = delta == 0 ? getTranslation("comparison.delta.none")
                : getTranslation(delta > 0 ? "comparison.delta.more" : "comparison.delta.fewer", Math.abs(delta));
        String kinds = getTranslation("comparison.summary.kinds", diff.count(ChangeKind.RETIRED), diff.count(ChangeKind.NEW),
                diff.count(ChangeKind.CHANGED), diff.count(ChangeKind.MOVED));
        return getTranslation("comparison.summary", diff.before().periodLabel(), diff.after().periodLabel(),
                diff.prioritiesBefore(), diff.prioritiesAfter(), signed + ": " + kinds);
    }

    private Button tile(String id, int number, String label, Set<ChangeKind> kinds, Consumer<Set<ChangeKind>> show) {
        Span value = new Span(String.valueOf(number));
        value.addClassName("tile-number");
        Span name = new Span(label);
        name.addClassName("tile-label");
        Button tile = new Button();
        tile.getElement().appendChild(value.getElement(), name.getElement());
        tile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tile.addClassName("comparison-tile");
        tile.setId("tile-" + id);
        tile.addClickListener(e -> show.accept(kinds));
        return tile;
    }
}
