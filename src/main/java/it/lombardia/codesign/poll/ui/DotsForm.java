package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollView;
import java.util.LinkedHashMap;
import java.util.Map;

/** The poll's dots spread over the options, a number field with steppers per option; at least one dot. */
class DotsForm extends BallotForm {

    final Map<Long, IntegerField> fields = new LinkedHashMap<>();
    final Span left = new Span();

    DotsForm(PollView poll) {
        super(poll);
        left.addClassName("poll-dots-left");
        left.getElement().setAttribute("aria-live", "polite");
        left.getStyle().set("display", "block").set("font-weight", "600");
        add(left);
        for (PollView.Option option : poll.options()) {
            IntegerField field = new IntegerField(option.label());
            field.addClassName("poll-dots-field");
            field.setMin(0);
            field.setMax(poll.dots());
            field.setStepButtonsVisible(true);
            field.setValue(0);
            field.addValueChangeListener(e -> spent());
            fields.put(option.id(), field);
            add(field);
        }
        getStyle().set("display", "flex").set("flex-direction", "column");
        spent();
    }

    /** Shows how many dots are left, and marks the form when too many are given; returns the dots given. */
    private int spent() {
        int spent = fields.values().stream().mapToInt(f -> f.getValue() == null ? 0 : Math.max(0, f.getValue())).sum();
        int remaining = poll.dots() - spent;
        left.setText(remaining >= 0 ? t("poll.ballot.dots.left", remaining, poll.dots())
                : t("poll.ballot.dots.too-many", -remaining, poll.dots()));
        left.getStyle().set("color", remaining >= 0 ? null : "var(--lumo-error-text-color)");
        return spent;
    }

    @Override
    Ballot ballot() {
        boolean negative = fields.values().stream().anyMatch(f -> f.getValue() != null && f.getValue() < 0 || f.isInvalid());
        int spent = spent();
        if (negative || spent < 1 || spent > poll.dots()) {
            left.setText(t("poll.ballot.dots.invalid", poll.dots()));
            left.getStyle().set("color", "var(--lumo-error-text-color)");
            return null;
        }
        Map<Long, Integer> dots = new LinkedHashMap<>();
        fields.forEach((id, field) -> dots.put(id, field.getValue() == null ? 0 : field.getValue()));
        return Ballot.dots(dots);
    }

    @Override
    void show(Ballot ballot) {
        fields.forEach((id, field) -> field.setValue(ballot.weight(id)));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }
}
