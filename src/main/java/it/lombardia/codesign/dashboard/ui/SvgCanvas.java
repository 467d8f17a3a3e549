package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;

/**
 * Builds a chart as server-side SVG: a viewBox that scales to the card's width, a {@code <title>}
 * and {@code <desc>} that screen readers announce (role img, labelled and described by them), and
 * fills for the four series styles.
 */
final class SvgCanvas {

    static final String NS_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

    private final Element svg = new Element("svg");
    private final String id;

    SvgCanvas(String id, double width, double height, String title, String description, List<Series> series) {
        this.id = id;
        svgAttribute(svg, "viewBox", "0 0 " + fmt(width) + " " + fmt(height));
        svg.setAttribute("width", "100%");
        svgAttribute(svg, "preserveAspectRatio", "xMinYMin meet");
        svg.setAttribute("role", "img");
        svg.setAttribute("focusable", "false");
        svg.setAttribute("aria-labelledby", id + "-title");
        svg.setAttribute("aria-describedby", id + "-desc");
        svg.setAttribute("font-family", NS_FONT);
        svg.getClassList().add("chart-svg");
        Element titleElement = new Element("title");
        titleElement.setAttribute("id", id + "-title");
        titleElement.setText(title);
        Element desc = new Element("desc");
        desc.setAttribute("id", id + "-desc");
        desc.setText(description);
        svg.appendChild(titleElement, desc);
        Element defs = new Element("defs");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s.style() == Series.Style.HATCHED || s.style() == Series.Style.DOTTED) {
                defs.appendChild(pattern(i, s));
            }
        }
        if (defs.getChildCount() > 0) {
            svg.appendChild(defs);
        }
    }

    /**
     * Flow lower-cases attribute names, and SVG ignores "viewbox" or "patternunits"; the browser gets
     * the attribute with its real name as well, the server model keeps it for tests.
     */
    private static void svgAttribute(Element element, String name, String value) {
        element.setAttribute(name, value);
        element.executeJs("this.setAttribute($0, $1)", name, value);
    }

    Element svg() {
        return svg;
    }

    /** A shape filled in the series' style. */
    Element rect(double x, double y, double w, double h, List<Series> series, int index) {
        Series s = series.get(index);
        Element rect = element("rect", "x", x, "y", y, "width", w, "height", h);
        switch (s.style()) {
            case SOLID -> rect.setAttribute("fill", s.color());
            case HATCHED, DOTTED -> {
                rect.setAttribute("fill", "url(#" + id + "-fill-" + index + ")");
                rect.setAttribute("stroke", s.color());
                rect.setAttribute("stroke-width", "1.5");
            }
            case OUTLINE -> {
                rect.setAttribute("fill", "#ffffff");
                rect.setAttribute("stroke", s.color());
                rect.setAttribute("stroke-width", "2");
                rect.setAttribute("stroke-dasharray", "4 2");
            }
        }
        rect.setAttribute("data-series", String.valueOf(index));
        svg.appendChild(rect);
        return rect;
    }

    Element text(double x, double y, String content, String anchor, String color, double size, boolean bold) {
        Element text = element("text", "x", x, "y", y);
        text.setAttribute("text-anchor", anchor);
        text.setAttribute("fill", color);
        text.setAttribute("font-size", fmt(size));
        if (bold) {
            text.setAttribute("font-weight", "700");
        }
        text.setText(content);
        svg.appendChild(text);
        return text;
    }

    Element line(double x1, double y1, double x2, double y2, String color, double width) {
        Element line = element("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2);
        line.setAttribute("stroke", color);
        line.setAttribute("stroke-width", fmt(width));
        svg.appendChild(line);
        return line;
    }

    /** A legend row at the top: a swatch drawn like the series, then its name. */
    void legend(double x, double y, List<Series> series) {
        double cursor = x;
        for (int i = 0; i < series.size(); i++) {
            Element swatch = rect(cursor, y - 11, 14, 14, series, i);
            swatch.getClassList().add("legend-swatch");
            Element label = text(cursor + 20, y, series.get(i).label(), "start", Series.INK, 14, false);
            label.getClassList().add("legend-label");
            cursor += 20 + series.get(i).label().length() * 7.8 + 22;
        }
    }

    private Element pattern(int index, Series s) {
        Element pattern = element("pattern", "width", 6, "height", 6);
        pattern.setAttribute("id", id + "-fill-" + index);
        svgAttribute(pattern, "patternUnits", "userSpaceOnUse");
        Element background = element("rect", "width", 6, "height", 6);
        background.setAttribute("fill", "#ffffff");
        pattern.appendChild(background);
        if (s.style() == Series.Style.HATCHED) {
            svgAttribute(pattern, "patternTransform", "rotate(45)");
            Element stripe = element("rect", "width", 3, "height", 6);
            stripe.setAttribute("fill", s.color());
            pattern.appendChild(stripe);
        } else {
            Element dot = element("circle", "cx", 3, "cy", 3, "r", 1.6);
            dot.setAttribute("fill", s.color());
            pattern.appendChild(dot);
        }
        return pattern;
    }

    private static Element element(String tag, Object... attributes) {
        Element element = new Element(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            element.setAttribute((String) attributes[i], value instanceof Number n ? fmt(n.doubleValue()) : value.toString());
        }
        return element;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
