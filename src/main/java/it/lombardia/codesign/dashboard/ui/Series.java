package it.lombardia.codesign.dashboard.ui;

/**
 * One set of values in a chart: its name for the legend, its colour and a fill style, so that two
 * series never differ by colour alone. Colours are dark enough for white text (contrast >= 4.5:1)
 * and, as shapes, against the white card.
 */
record Series(String label, String color, Style style) {

    enum Style { SOLID, HATCHED, DOTTED, OUTLINE }

    static final String BLUE = "#1f5fa8";
    static final String GREEN = "#1e7b3a";
    static final String RED = "#b3261e";
    static final String AMBER = "#8a5a00";
    static final String PURPLE = "#6b3fa0";
    static final String GREY = "#5f6368";
    static final String INK = "#1f2933";

    /** Whether a number drawn inside the shape is white (dark solid fill) or dark (light fill). */
    String insideTextColor() {
        return style == Style.SOLID ? "#ffffff" : INK;
    }
}
