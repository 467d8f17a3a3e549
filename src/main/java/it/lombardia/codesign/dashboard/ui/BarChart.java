package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars, one per row, stacked when there are several series; every bar carries its
 * number (each segment too, where it fits) so that nothing is read from length or colour alone.
 */
class BarChart extends Div {

    static final double WIDTH = 580;
    /** Room per character of a 14-pixel label, so the longest label always fits left of the bars. */
    private static final double LABEL_CHAR = 7.8;
    private static final double NUMBER_ROOM = 48;
    private static final double ROW = 32;
    private static final double BAR = 22;
    private static final double LEGEND = 30;

    /** A row: its label, its values (one per series) and, for single-series charts, its own series. */
    record Bar(String label, List<Long> values, Series own) {

        Bar(String label, long value, Series own) {
            this(label, List.of(value), own);
        }

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    BarChart(String id, String title, String description, List<Series> series, List<Bar> bars, Locale locale) {
        addClassNames("chart", "bar-chart");
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        boolean stacked = series.size() > 1;
        double top = stacked ? LEGEND + 8 : 6;
        double height = top + bars.size() * ROW + 6;
        List<Series> all = new java.util.ArrayList<>(series);
        bars.stream().map(Bar::own).filter(java.util.Objects::nonNull).forEach(all::add);
        double labelWidth = Math.min(320, 20 + LABEL_CHAR * bars.stream().mapToInt(b -> b.label().length()).max().orElse(8));
        SvgCanvas canvas = new SvgCanvas(id, WIDTH, height, title, description, all);
        if (stacked) {
            canvas.legend(labelWidth, 20, series);
        }
        long max = bars.stream().mapToLong(Bar::total).max().orElse(0);
        double full = WIDTH - labelWidth - NUMBER_ROOM;
        double y = top;
        for (Bar bar : bars) {
            double middle = y + ROW / 2;
            canvas.text(labelWidth - 10, middle + 5, bar.label(), "end", Series.INK, 14, false)
                    .getClassList().add("bar-label");
            double x = labelWidth;
            double barTop = middle - BAR / 2;
            for (int i = 0; i < bar.values().size(); i++) {
                long value = bar.values().get(i);
                double length = ChartScale.length(value, max, full);
                if (length <= 0) {
                    continue;
                }
                int seriesIndex = bar.own() != null ? all.indexOf(bar.own()) : i;
                canvas.rect(x, barTop, length, BAR, all, seriesIndex);
                if (stacked && length >= 22) {
                    canvas.text(x + length / 2, middle + 4.5, numbers.format(value), "middle",
                            all.get(seriesIndex).insideTextColor(), 13, true);
                }
                x += length;
            }
            if (bar.total() == 0) {
                // a zero is a figure too: a hairline at the axis and the number beside it
                canvas.line(labelWidth, barTop, labelWidth, barTop + BAR, Series.GREY, 1);
            }
            canvas.text(x + 6, middle + 5, numbers.format(bar.total()), "start", Series.INK, 14, true)
                    .getClassList().add("bar-value");
            y += ROW;
        }
        canvas.line(labelWidth, top, labelWidth, y, Series.GREY, 1);
        getElement().appendChild(canvas.svg());
    }
}
