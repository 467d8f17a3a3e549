package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollView;
import java.util.ArrayList;
import java.util.List;

/**
 * Every option in order of preference: a numbered list with a move-up and a move-down button per
 * option. Buttons, so the order can be set with the keyboard; the moved option's button keeps the focus.
 */
class RankingForm extends BallotForm {

    final List<PollView.Option> order = new ArrayList<>();
    final OrderedList list = new OrderedList();
    private boolean readOnly;

    RankingForm(PollView poll) {
        super(poll);
        order.addAll(poll.options());
        Span help = new Span(t("poll.ballot.ranking"));
        help.addClassName("poll-ranking-help");
        list.addClassName("poll-ranking");
        list.getElement().setAttribute("aria-label", t("poll.ballot.ranking"));
        add(help, list);
        render(null, false);
    }

    /** Moves the option one place up (-1) or down (+1). */
    void move(PollView.Option option, int by) {
        int from = order.indexOf(option);
        int to = from + by;
        if (readOnly || to < 0 || to >= order.size()) {
            return;
        }
        order.remove(from);
        order.add(to, option);
        render(option, by < 0);
    }

    private void render(PollView.Option focused, boolean upFocused) {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            PollView.Option option = order.get(i);
            Span label = new Span(option.label());
            label.addClassName("poll-ranking-label");
            label.getStyle().set("flex", "1");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(option, -1));
            up.addClassName("poll-move-up");
            up.getElement().setAttribute("aria-label", t("poll.ballot.ranking.up", option.label()));
            up.setTooltipText(t("poll.ballot.ranking.up", option.label()));
            up.setEnabled(!readOnly && i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(option, 1));
            down.addClassName("poll-move-down");
            down.getElement().setAttribute("aria-label", t("poll.ballot.ranking.down", option.label()));
            down.setTooltipText(t("poll.ballot.ranking.down", option.label()));
            down.setEnabled(!readOnly && i < order.size() - 1);
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            Div row = new Div(label, up, down);
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
            ListItem item = new ListItem(row);
            item.addClassName("poll-ranking-item");
            list.add(item);
            if (option.equals(focused)) {
                Button keep = upFocused ? (up.isEnabled() ? up : down) : (down.isEnabled() ? down : up);
                keep.focus();
            }
        }
    }

    @Override
    Ballot ballot() {
        return Ballot.ranking(order.stream().map(PollView.Option::id).toList());
    }

    @Override
    void show(Ballot ballot) {
        List<Long> ranked = ballot.ranked();
        order.sort(java.util.Comparator.comparingInt(o -> ranked.contains(o.id()) ? ranked.indexOf(o.id()) : Integer.MAX_VALUE));
        render(null, false);
    }

    @Override
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        render(null, false);
    }
}
