package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.html.Span;

/** A change in a count, in signs and in words: "+3 (3 more)", "−2 (2 fewer)", "no change". */
final class DeltaText extends Span {

    DeltaText(int delta) {
        addClassNames("delta", delta > 0 ? "delta-more" : delta < 0 ? "delta-fewer" : "delta-none");
        if (delta == 0) {
            setText(getTranslation("comparison.delta.none"));
        } else {
            String sign = getTranslation(delta > 0 ? "comparison.delta.more" : "comparison.delta.fewer", Math.abs(delta));
            String words = getTranslation(delta > 0 ? "comparison.delta.text.more" : "comparison.delta.text.fewer",
                    Math.abs(delta));
            setText(sign + " (" + words + ")");
        }
    }
}
