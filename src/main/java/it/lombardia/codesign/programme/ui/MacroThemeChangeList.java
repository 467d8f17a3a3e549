package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.programme.ChangeKind;
import it.lombardia.codesign.programme.EditionDiff;
import it.lombardia.codesign.programme.MacroThemeChange;
import it.lombardia.codesign.ui.SideBySideDiff;

/**
 * The macro-themes of both editions in a table (status and number of priorities before and after),
 * and below it every changed macro-theme, opening to its field-by-field comparison.
 */
final class MacroThemeChangeList extends Div {

    MacroThemeChangeList(EditionDiff diff, ChangeTexts texts) {
        addClassName("comparison-macro-themes");
        String before = diff.before().periodLabel();
        String after = diff.after().periodLabel();
        NativeTable table = new NativeTable();
        table.addClassName("comparison-table");
        table.setCaptionText(getTranslation("comparison.macro-themes.table.caption", before, after));
        NativeTableRow head = table.getHead().addRow();
        head.add(column(getTranslation("comparison.macro-themes.table.macro-theme")),
                column(getTranslation("comparison.macro-themes.table.status")),
                column(getTranslation("comparison.ecosystems.before", before)),
                column(getTranslation("comparison.ecosystems.after", after)),
                column(getTranslation("comparison.ecosystems.change")));
        table.addBody();
        Div changed = new Div();
        changed.addClassName("comparison-macro-theme-changes");
        for (MacroThemeChange change : diff.macroThemes()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(change.latest().displayOrder() + ". " + change.latest().title());
            name.getElement().setAttribute("scope", "row");
            NativeTableCell status = new NativeTableCell(getTranslation(change.kind().labelKey()));
            status.addClassName("comparison-status-" + change.kind().name().toLowerCase());
            row.add(name, status, number(change.prioritiesBefore()), number(change.prioritiesAfter()),
                    new NativeTableCell(new DeltaText(change.prioritiesAfter() - change.prioritiesBefore())));
            if (change.kind() == ChangeKind.CHANGED) {
                changed.add(new Details(new Span(change.latest().title()),
                        new SideBySideDiff(before, after, texts.rows(change.before(), change.after()))));
            }
        }
        add(new H2(getTranslation("comparison.macro-themes.heading")), table, changed);
    }

    private static NativeTableHeaderCell column(String text) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(text);
        th.getElement().setAttribute("scope", "col");
        return th;
    }

    private static NativeTableCell number(int value) {
        NativeTableCell td = new NativeTableCell(String.valueOf(value));
        td.addClassName("comparison-number");
        return td;
    }
}
