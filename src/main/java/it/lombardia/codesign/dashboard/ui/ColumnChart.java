package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Grouped columns over time: one group per period (a week), one column per series, with a value
 * axis and its round ticks, the periods' labels below and every non-zero column's number above it.
 */
class ColumnChart extends Div {

    static final double WIDTH = 600;
    static final double HEIGHT = 300;
    private static final double LEFT = 44;
    private static final double RIGHT = WIDTH - 10;
    private static final double TOP = 54;
    private static final double BASELINE = HEIGHT - 44;
    private static final int LABEL_ROOM = 8;

    record Group(String label, List<Long> values) {
    }

    ColumnChart(String id, String title, String description, List<Series> series, List<Group> groups, Locale locale) {
        addClassNames("chart", "column-chart");
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        SvgCanvas canvas = new SvgCanvas(id, WIDTH, HEIGHT, title, description, series);
        canvas.legend(LEFT, 20, series);
        long max = groups.stream().flatMap(g -> g.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long top = ChartScale.top(max);
        double plot = BASELINE - TOP;
        for (long tick : ChartScale.ticks(max)) {
            double y = BASELINE - ChartScale.length(tick, top, plot);
            canvas.line(LEFT, y, RIGHT, y, tick == 0 ? Series.GREY : "#d5dae0", 1);
            canvas.text(LEFT - 6, y + 4, numbers.format(tick), "end", Series.INK, 13, false)
                    .getClassList().add("axis-tick");
        }
        canvas.line(LEFT, TOP - 6, LEFT, BASELINE, Series.GREY, 1);
        double groupWidth = (RIGHT - LEFT) / Math.max(1, groups.size());
        double column = Math.min(22, groupWidth * 0.8 / Math.max(1, series.size()));
        boolean roomForNumbers = column >= 9;
        int every = ChartScale.labelEvery(groups.size(), LABEL_ROOM);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double start = LEFT + g * groupWidth + (groupWidth - column * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                long value = group.values().get(s);
                double h = ChartScale.length(value, top, plot);
                double x = start + s * column;
                if (h > 0) {
                    canvas.rect(x + 1, BASELINE - h, column - 2, h, series, s);
                    if (roomForNumbers) {
                        canvas.text(x + column / 2, BASELINE - h - 4, numbers.format(value), "middle", Series.INK, 12, true)
                                .getClassList().add("column-value");
                    }
                }
            }
            if (g % every == 0) {
                canvas.text(LEFT + g * groupWidth + groupWidth / 2, BASELINE + 18, group.label(), "middle", Series.INK, 13,
                        false).getClassList().add("axis-period");
            }
        }
        getElement().appendChild(canvas.svg());
    }
}
