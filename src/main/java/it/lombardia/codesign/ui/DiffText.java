package it.lombardia.codesign.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.shared.TextDiff;
import it.lombardia.codesign.shared.TextDiff.Kind;
import it.lombardia.codesign.shared.TextDiff.Segment;

/**
 * A text with its changes marked: additions in {@code <ins>}, removals in {@code <del>}. Colour is
 * not the only sign: removals are struck through, additions underlined, and screen readers (which
 * mostly ignore ins and del) hear a visually hidden "Addition:" ... "End of addition." around each.
 * Line breaks and runs of spaces are kept.
 *
 * <ul>
 *   <li>{@link #inline(TextDiff)}: the whole change in one text, removals before additions;</li>
 *   <li>{@link #before(TextDiff)}: the old text with its removals marked (left of a comparison);</li>
 *   <li>{@link #after(TextDiff)}: the new text with its additions marked (right of a comparison).</li>
 * </ul>
 */
public class DiffText extends Div {

    private DiffText(TextDiff diff, boolean showRemoved, boolean showAdded) {
        addClassName("diff-text");
        for (Segment segment : diff.segments()) {
            if (segment.kind() == Kind.UNCHANGED) {
                add(new Text(segment.text()));
            } else if (segment.kind() == Kind.ADDED && showAdded) {
                add(new Addition(segment.text()));
            } else if (segment.kind() == Kind.REMOVED && showRemoved) {
                add(new Removal(segment.text()));
            }
        }
    }

    public static DiffText inline(TextDiff diff) {
        return new DiffText(diff, true, true);
    }

    public static DiffText before(TextDiff diff) {
        return new DiffText(diff, true, false);
    }

    public static DiffText after(TextDiff diff) {
        return new DiffText(diff, false, true);
    }

    /** A marked change; {@link #changedText()} is what was added or removed, without the hidden labels. */
    public abstract static class Change extends HtmlContainer {

        private final String changedText;

        Change(String className, String startKey, String text, String endKey) {
            this.changedText = text;
            addClassName(className);
            add(hidden(getTranslation(startKey) + " "), new Text(text), hidden(" " + getTranslation(endKey)));
        }

        public String changedText() {
            return changedText;
        }

        private static Span hidden(String text) {
            Span span = new Span(text);
            span.addClassName("sr-only");
            return span;
        }
    }

    @Tag("ins")
    public static class Addition extends Change {
        Addition(String text) {
            super("diff-added", "diff.added.start", text, "diff.added.end");
        }
    }

    @Tag("del")
    public static class Removal extends Change {
        Removal(String text) {
            super("diff-removed", "diff.removed.start", text, "diff.removed.end");
        }
    }
}
