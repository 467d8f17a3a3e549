package it.lombardia.codesign.dashboard.ui;

import java.util.ArrayList;
import java.util.List;

/** The arithmetic of the charts: bar lengths and round axis ticks. */
final class ChartScale {

    private ChartScale() {
    }

    /** Length of a bar for {@code value} when {@code max} fills {@code full}; nothing when there is nothing. */
    static double length(long value, long max, double full) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return full * Math.min(value, max) / max;
    }

    /** Distance between axis ticks: 1, 2, 5, 10, 20, 50... so that about five ticks cover {@code max}. */
    static long step(long max) {
        if (max <= 5) {
            return 1;
        }
        double raw = max / 5.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normal = raw / magnitude;
        double nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10;
        return Math.max(1, Math.round(nice * magnitude));
    }

    /** The top of the axis: {@code max} rounded up to a whole step (at least one). */
    static long top(long max) {
        long step = step(max);
        return Math.max(step, (max + step - 1) / step * step);
    }

    /** The ticks from zero to {@link #top(long)}. */
    static List<Long> ticks(long max) {
        List<Long> ticks = new ArrayList<>();
        for (long t = 0; t <= top(max); t += step(max)) {
            ticks.add(t);
        }
        return ticks;
    }

    /** Label every n-th of {@code count} items so that at most {@code room} labels are drawn. */
    static int labelEvery(int count, int room) {
        return count <= room ? 1 : (count + room - 1) / room;
    }
}
