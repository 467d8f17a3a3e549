package it.lombardia.codesign.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartScaleTest {

    @Test
    void barsAreProportionalToTheLargestValue() {
        assertThat(ChartScale.length(7, 7, 400)).isEqualTo(400);
        assertThat(ChartScale.length(2, 8, 400)).isEqualTo(100);
        assertThat(ChartScale.length(0, 8, 400)).isZero();
        assertThat(ChartScale.length(3, 0, 400)).isZero();
        assertThat(ChartScale.length(9, 8, 400)).isEqualTo(400);
    }

    @Test
    void axisTicksAreRoundSteps() {
        assertThat(ChartScale.ticks(0)).containsExactly(0L, 1L);
        assertThat(ChartScale.ticks(3)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(ChartScale.ticks(7)).containsExactly(0L, 2L, 4L, 6L, 8L);
        assertThat(ChartScale.ticks(23)).containsExactly(0L, 5L, 10L, 15L, 20L, 25L);
        assertThat(ChartScale.step(140)).isEqualTo(50);
        assertThat(ChartScale.top(140)).isEqualTo(150);
    }

    @Test
    void weekLabelsAreThinnedOutWhenTheyWouldCrowd() {
        assertThat(ChartScale.labelEvery(8, 12)).isEqualTo(1);
        assertThat(ChartScale.labelEvery(13, 12)).isEqualTo(2);
        assertThat(ChartScale.labelEvery(40, 12)).isEqualTo(4);
    }

    @Test
    void heatShadesCoverEveryCountAndTheLegendSaysWhichNumbersEachStandsFor() {
        assertThat(MatrixTable.heatLevel(0, 5)).isZero();
        assertThat(MatrixTable.heatLevel(1, 8)).isEqualTo(1);
        assertThat(MatrixTable.heatLevel(8, 8)).isEqualTo(4);
        Map<Integer, long[]> ranges = MatrixTable.levelRanges(8);
        assertThat(ranges.keySet()).containsExactly(0, 1, 2, 3, 4);
        assertThat(ranges.get(0)).containsExactly(0, 0);
        assertThat(ranges.get(1)).containsExactly(1, 2);
        assertThat(ranges.get(4)).containsExactly(7, 8);
        assertThat(MatrixTable.levelRanges(0).keySet()).containsExactly(0);
    }
}
