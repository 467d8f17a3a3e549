package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** A chart's figures as a real table: a caption, column headers and a header for every row. */
class DataTable extends Div {

    record Row(String header, List<Long> values) {
    }

    DataTable(String caption, String rowHeading, List<String> columns, List<Row> rows, Locale locale) {
        addClassName("chart-table-scroller");
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        Element table = new Element("table");
        table.getClassList().add("chart-table");
        Element captionElement = new Element("caption");
        captionElement.setText(caption);
        table.appendChild(captionElement);
        Element headRow = new Element("tr");
        headRow.appendChild(cell("th", rowHeading, "col"));
        columns.forEach(c -> headRow.appendChild(cell("th", c, "col")));
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (Row row : rows) {
            Element tr = new Element("tr");
            tr.appendChild(cell("th", row.header(), "row"));
            row.values().forEach(v -> tr.appendChild(cell("td", numbers.format(v), null)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element cell(String tag, String text, String scope) {
        Element cell = new Element(tag);
        if (scope != null) {
            cell.setAttribute("scope", scope);
        }
        cell.setText(text);
        return cell;
    }
}
