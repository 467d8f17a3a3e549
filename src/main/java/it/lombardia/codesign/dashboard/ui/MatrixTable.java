package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many proposals each cluster leads or co-proposes in each ecosystem, as a heat map that is a
 * real table (with headers for screen readers): darker cells hold more proposals, every cell shows
 * its number, and a legend says which numbers each shade stands for.
 */
class MatrixTable extends Div {

    static final int LEVELS = 4;

    MatrixTable(CatalogService catalog, Map<String, Map<String, Long>> counts, Locale locale) {
        addClassNames("card", "matrix-card");
        setId("chart-matrix");
        H2 heading = new H2(getTranslation("dashboard.matrix.title"));
        heading.setId("chart-matrix-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "chart-matrix-heading");
        add(heading);
        add(new Paragraph(getTranslation("dashboard.matrix.text")));
        long max = counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        Paragraph summary = new Paragraph(summary(catalog, counts, max, locale));
        summary.addClassName("chart-summary");
        add(summary);

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
        add(scroller, legend(max));
    }

    private String summary(CatalogService catalog, Map<String, Map<String, Long>> counts, long max, Locale locale) {
        if (max == 0) {
            return getTranslation("dashboard.matrix.summary.none");
        }
        for (TechCluster cluster : catalog.clusters()) {
            for (Ecosystem ecosystem : catalog.ecosystems()) {
                if (counts.getOrDefault(cluster.code(), Map.of()).getOrDefault(ecosystem.code(), 0L) == max) {
                    return getTranslation("dashboard.matrix.summary", cluster.shortLabel(locale), ecosystem.name(locale), max);
                }
            }
        }
        return "";
    }

    /** One swatch per shade in use, each with the numbers it stands for. */
    private Div legend(long max) {
        Div legend = new Div();
        legend.addClassName("heat-legend");
        Span title = new Span(getTranslation("dashboard.matrix.legend"));
        title.setId("heat-legend-title");
        title.addClassName("heat-legend-title");
        UnorderedList items = new UnorderedList();
        items.getElement().setAttribute("aria-labelledby", "heat-legend-title");
        levelRanges(max).forEach((level, range) -> {
            Span swatch = new Span(range[0] == range[1] ? String.valueOf(range[0]) : range[0] + "–" + range[1]);
            swatch.addClassNames("heat-swatch", "heat-" + level);
            items.add(new ListItem(swatch));
        });
        legend.add(title, items);
        return legend;
    }

    /** Shade level to the smallest and largest count drawn with it, for counts 0..max. */
    static Map<Integer, long[]> levelRanges(long max) {
        Map<Integer, long[]> ranges = new LinkedHashMap<>();
        for (long n = 0; n <= max; n++) {
            long count = n;
            ranges.compute(heatLevel(n, max), (level, range) -> range == null ? new long[] {count, count}
                    : new long[] {range[0], count});
        }
        return ranges;
    }

    private static Element header(String text, String scope) {
        Element th = new Element("th");
        th.setAttribute("scope", scope);
        th.setText(text);
        return th;
    }

    static int heatLevel(long n, long max) {
        if (n == 0 || max == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) LEVELS * n / max));
    }
}
