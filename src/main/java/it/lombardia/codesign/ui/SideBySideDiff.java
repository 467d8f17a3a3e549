package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.shared.TextDiff;
import java.util.List;
import java.util.Objects;

/**
 * Two versions of one thing, compared field by field in a table: one row per {@link DiffRow}, the
 * old text on the left with its removals marked, the new text on the right with its additions marked
 * (see {@link DiffText}). Every row says in words whether the field changed; an unchanged field shows
 * its text once, across both columns. A line above the table counts the changed fields.
 *
 * <pre>{@code
 * new SideBySideDiff("Version 3 · 12 Nov 10:04 · afil.rep", "Version 4 · 14 Nov 09:12 · admin", List.of(
 *         new DiffRow(getTranslation("proposal.title"), v3.title(), v4.title()),
 *         new DiffRow(getTranslation("proposal.description"), v3.description(), v4.description())));
 * }</pre>
 *
 * When there is only one version, {@link #onlyAfter} (the thing was created) and {@link #onlyBefore}
 * (it was deleted) show that version's fields in a single column, unmarked; the rows' other texts
 * are ignored. Column headers and row labels are the caller's, already translated. The component
 * holds only the texts it shows, so build it when it is shown.
 */
public class SideBySideDiff extends Div {

    private final int changedCount;

    /** Both versions; {@code beforeHeader} and {@code afterHeader} name them (version, date, author). */
    public SideBySideDiff(String beforeHeader, String afterHeader, List<DiffRow> rows) {
        addClassNames("side-by-side-diff", "diff-two-sides");
        int changed = 0;
        NativeTable table = table(beforeHeader, afterHeader);
        for (DiffRow row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            boolean unchanged = row.isUnchanged();
            tr.addClassName(unchanged ? "diff-row-unchanged" : "diff-row-changed");
            tr.add(label(row.label(), unchanged ? "diff.unchanged" : "diff.changed"));
            if (unchanged) {
                NativeTableCell both = cell(plain(row.before()));
                both.setColspan(2);
                tr.add(both);
            } else {
                changed++;
                TextDiff diff = TextDiff.compare(row.before(), row.after());
                tr.add(cell(isEmpty(row.before()) ? empty() : DiffText.before(diff)),
                        cell(isEmpty(row.after()) ? empty() : DiffText.after(diff)));
            }
        }
        changedCount = changed;
        Paragraph summary = new Paragraph(changed == 0 ? getTranslation("diff.summary.none")
                : getTranslation("diff.summary", changed, rows.size()));
        summary.addClassName("diff-summary");
        add(summary, table);
    }

    private SideBySideDiff(String header, List<DiffRow> rows, boolean after) {
        addClassNames("side-by-side-diff", "diff-one-side");
        changedCount = 0;
        NativeTable table = table(after ? null : header, after ? header : null);
        for (DiffRow row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            tr.add(label(row.label(), null), cell(plain(after ? row.after() : row.before())));
        }
        add(table);
    }

    /** The thing did not exist before: its fields as they were created. */
    public static SideBySideDiff onlyAfter(String afterHeader, List<DiffRow> rows) {
        return new SideBySideDiff(afterHeader, rows, true);
    }

    /** The thing no longer exists: its fields as they were before it went. */
    public static SideBySideDiff onlyBefore(String beforeHeader, List<DiffRow> rows) {
        return new SideBySideDiff(beforeHeader, rows, false);
    }

    /** How many rows differ; zero for a one-sided comparison. */
    public int changedCount() {
        return changedCount;
    }

    private NativeTable table(String beforeHeader, String afterHeader) {
        NativeTable table = new NativeTable();
        table.addClassName("diff-table");
        NativeTableRow head = table.getHead().addRow();
        head.add(columnHeader(getTranslation("diff.field"), "diff-label-column"));
        if (beforeHeader != null) {
            head.add(columnHeader(beforeHeader, "diff-before-column"));
        }
        if (afterHeader != null) {
            head.add(columnHeader(afterHeader, "diff-after-column"));
        }
        table.addBody();
        return table;
    }

    private static NativeTableHeaderCell columnHeader(String text, String className) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(Objects.requireNonNullElse(text, ""));
        th.getElement().setAttribute("scope", "col");
        th.addClassName(className);
        return th;
    }

    private NativeTableHeaderCell label(String text, String stateKey) {
        NativeTableHeaderCell th = new NativeTableHeaderCell();
        th.getElement().setAttribute("scope", "row");
        th.addClassName("diff-label");
        Span name = new Span(text);
        name.addClassName("diff-label-text");
        th.add(name);
        if (stateKey != null) {
            th.add("diff.changed".equals(stateKey) ? new Badge(getTranslation(stateKey)) : new Badge(getTranslation(stateKey), "contrast"));
        }
        return th;
    }

    private static NativeTableCell cell(Component content) {
        NativeTableCell td = new NativeTableCell(content);
        td.addClassName("diff-cell");
        return td;
    }

    private Component plain(String text) {
        if (isEmpty(text)) {
            return empty();
        }
        Div div = new Div(text);
        div.addClassName("diff-text");
        return div;
    }

    private Component empty() {
        Span span = new Span(getTranslation("diff.empty"));
        span.addClassName("diff-empty");
        return span;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
