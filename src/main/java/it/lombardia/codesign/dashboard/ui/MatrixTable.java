package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import java.util.Locale;
import java.util.Map;

/**
 * How many proposals each cluster leads or co-proposes in each ecosystem, as a real table (with
 * headers for screen readers); darker cells hold more proposals, and every cell shows its number.
 */
class MatrixTable extends Div {

    MatrixTable(CatalogService catalog, Map<String, Map<String, Long>> counts, Locale locale) {
        addClassNames("card", "matrix-card");
        add(new H2(getTranslation("dashboard.matrix.title")));
        add(new Paragraph(getTranslation("dashboard.matrix.text")));
        long max = counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);

        Element table = new Element("table");
        table.getClassList().add("matrix");
        Element caption = new Element("caption");
        caption.setText(getTranslation("dashboard.matrix.title"));
        caption.getClassList().add("sr-only");
        table.appendChild(caption);
        Element headRow = new Element("tr");
        headRow.appendChild(header(getTranslation("dashboard.matrix.cluster"), "col"));
        for (Ecosystem ecosystem : catalog.ecosystems()) {
            Element th = header("", "col");
            Element link = new Element("a");
            link.setAttribute("href", "ecosystems/" + ecosystem.code());
            link.setText(ecosystem.name(locale));
            th.appendChild(link);
            headRow.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (TechCluster cluster : catalog.clusters()) {
            Element row = new Element("tr");
            Element th = header("", "row");
            Element link = new Element("a");
            link.setAttribute("href", "clusters/" + cluster.code());
            link.setText(cluster.shortLabel(locale));
            link.setAttribute("title", cluster.name(locale));
            th.appendChild(link);
            row.appendChild(th);
            Map<String, Long> byEcosystem = counts.getOrDefault(cluster.code(), Map.of());
            for (Ecosystem ecosystem : catalog.ecosystems()) {
                long n = byEcosystem.getOrDefault(ecosystem.code(), 0L);
                Element td = new Element("td");
                td.setText(String.valueOf(n));
                td.getClassList().add("heat-" + heatLevel(n, max));
                row.appendChild(td);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        Div scroller = new Div();
        scroller.addClassName("matrix-scroller");
        scroller.getElement().appendChild(table);
        add(scroller);
    }

    private static Element header(String text, String scope) {
        Element th = new Element("th");
        th.setAttribute("scope", scope);
        th.setText(text);
        return th;
    }

    private static int heatLevel(long n, long max) {
        if (n == 0 || max == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(4.0 * n / max));
    }
}
