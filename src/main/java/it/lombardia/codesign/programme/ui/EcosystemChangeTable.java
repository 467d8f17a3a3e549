package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.programme.EcosystemCount;
import it.lombardia.codesign.programme.EditionDiff;

/**
 * Priorities per innovation ecosystem in both editions: a real table with a caption and headers.
 * The change column draws a bar (decoration, hidden from screen readers) next to the change in
 * signs and words, so the bar's colour is never the only sign.
 */
final class EcosystemChangeTable extends Div {

    EcosystemChangeTable(EditionDiff diff, ChangeTexts texts) {
        addClassName("comparison-ecosystems");
        H2 heading = new H2(getTranslation("comparison.ecosystems.heading"));
        heading.setId("comparison-ecosystems-heading");
        String before = diff.before().periodLabel();
        String after = diff.after().periodLabel();
        NativeTable table = new NativeTable();
        table.addClassName("comparison-table");
        table.setCaptionText(getTranslation("comparison.ecosystems.caption", before, after));
        NativeTableRow head = table.getHead().addRow();
        head.add(column(getTranslation("comparison.ecosystems.ecosystem")),
                column(getTranslation("comparison.ecosystems.before", before)),
                column(getTranslation("comparison.ecosystems.after", after)),
                column(getTranslation("comparison.ecosystems.change")));
        int largest = diff.ecosystems().stream().mapToInt(e -> Math.abs(e.delta())).max().orElse(0);
        table.addBody();
        for (EcosystemCount count : diff.ecosystems()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(texts.ecosystem(count.ecosystemCode()));
            name.getElement().setAttribute("scope", "row");
            row.add(name, number(count.before()), number(count.after()), change(count.delta(), largest));
        }
        add(heading, table);
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

    private static NativeTableCell change(int delta, int largest) {
        Span bar = new Span();
        bar.addClassNames("delta-bar", delta > 0 ? "delta-bar-more" : "delta-bar-fewer");
        bar.getElement().setAttribute("aria-hidden", "true");
        bar.getStyle().set("width", largest == 0 ? "0" : (Math.abs(delta) * 6.0 / largest) + "em");
        NativeTableCell td = new NativeTableCell(bar, new DeltaText(delta));
        td.addClassName("comparison-change");
        return td;
    }
}
