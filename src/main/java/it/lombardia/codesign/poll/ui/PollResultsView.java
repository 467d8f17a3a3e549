package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.poll.PollKind;
import it.lombardia.codesign.poll.PollResultText;
import it.lombardia.codesign.poll.PollView;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A poll's results as horizontal bars, best first, each with its numbers in words beside it (the bar
 * is decoration for the eye; the text says it all), and in named polls who gave what. While results
 * are hidden, says when they will be shown.
 */
class PollResultsView extends Div {

    PollResultsView() {
        addClassName("poll-results");
    }

    void show(PollView poll) {
        removeAll();
        if (!poll.resultsShown()) {
            Span hidden = new Span(t("poll.results.hidden"));
            hidden.addClassName("poll-results-hidden");
            add(hidden);
            return;
        }
        for (PollView.Result result : poll.results()) {
            Span label = new Span(result.label());
            label.addClassName("poll-result-label");
            label.getStyle().set("font-weight", "600");
            Span numbers = new Span(numbers(poll.kind(), result));
            numbers.addClassName("poll-result-numbers");
            numbers.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div head = new Div(label, numbers);
            head.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "var(--lumo-space-s)");

            Div fill = new Div();
            fill.addClassName("poll-result-bar-fill");
            fill.setWidth(String.format(Locale.ROOT, "%.1f%%", result.percent()));
            fill.getStyle().set("height", "100%").set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            Div bar = new Div(fill);
            bar.addClassName("poll-result-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            bar.getStyle().set("height", "0.6em").set("background", "var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-s)");

            Div row = new Div(head, bar);
            row.addClassName("poll-result");
            row.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            if (!result.marks().isEmpty()) {
                Span who = new Span(result.marks().stream().map(m -> mark(poll.kind(), m)).collect(Collectors.joining(", ")));
                who.addClassName("poll-result-voters");
                who.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
                row.add(who);
            }
            add(row);
        }
    }

    private String numbers(PollKind kind, PollView.Result result) {
        return PollResultText.numbers(kind, result, getLocale(), this::t);
    }

    private String mark(PollKind kind, PollView.Mark mark) {
        return PollResultText.mark(kind, mark, this::t);
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
