package it.lombardia.codesign.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A table written as CSV the way RFC 4180 says (comma separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break, quotes doubled), in UTF-8 with a byte order mark so that
 * Excel shows accented letters. Several values in one field are joined with {@value #JOIN}.
 */
final class CsvTable {

    static final String JOIN = " | ";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String... header) {
        this.header = List.of(header);
    }

    CsvTable row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException("Expected " + header.size() + " values, got " + values.length);
        }
        List<String> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(text(value));
        }
        rows.add(row);
        return this;
    }

    byte[] bytes() {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(CsvTable::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> Objects.toString(v, "")).collect(Collectors.joining(JOIN));
        }
        return value.toString();
    }

    static String field(String value) {
        String text = guardFormula(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * Text that starts like a spreadsheet formula gets a leading apostrophe: proposals are written by
     * many people, and opening the file must not run what one of them typed.
     */
    private static String guardFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
