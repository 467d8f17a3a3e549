package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A chart on its own card: a heading, one sentence that says what the chart shows, the chart, and
 * its figures as a table behind "Show data as table" for anyone who would rather read than look.
 */
class ChartCard extends Div {

    ChartCard(String id, String heading, String summary, String note, Component chart, Component table) {
        addClassNames("card", "chart-card");
        setId(id);
        H2 title = new H2(heading);
        title.setId(id + "-heading");
        Paragraph sentence = new Paragraph(summary);
        sentence.addClassName("chart-summary");
        sentence.setId(id + "-summary");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        NativeDetails details = new NativeDetails(getTranslation("dashboard.chart.show-table"), table);
        details.addClassName("chart-data");
        add(title, sentence);
        if (note != null) {
            Paragraph small = new Paragraph(note);
            small.addClassName("chart-note");
            add(small);
        }
        add(chart, details);
    }
}
