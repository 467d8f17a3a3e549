package it.lombardia.codesign.meeting;

import java.util.List;

/**
 * A further section of an agenda item in the meeting report, such as a poll's results: a heading,
 * an optional table (column headers and rows of cells) and an optional note below it. All texts are
 * already in the reader's language; the report page and the PDF show them as they are.
 */
public record ReportSection(String heading, List<String> columns, List<List<String>> rows, String note) {

    public ReportSection {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }
}
