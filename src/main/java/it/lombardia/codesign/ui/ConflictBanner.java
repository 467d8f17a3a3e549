package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Function;

/**
 * Someone else saved what this user is editing. What the user typed stays in the fields; they
 * compare (the comparison opens below the banner), load the other version, or keep theirs,
 * knowingly. Shown by {@link EditSession}; one per page at a time, so its buttons carry ids.
 */
public class ConflictBanner extends Div {

    private final Div comparisonSlot = new Div();
    private final Function<Runnable, Component> comparison;

    /**
     * @param comparison makes the comparison, given what closes it
     * @param compareNow opens the comparison at once (a save met the other version)
     * @param keepMineLabel what keeping one's own values does here: keep editing, or save over theirs
     */
    public ConflictBanner(String text, String keepMineLabel, Function<Runnable, Component> comparison, boolean compareNow,
                          Runnable loadTheirs, Runnable keepMine) {
        this.comparison = comparison;
        Div banner = new Div();
        banner.addClassName("conflict-banner");
        banner.getElement().setAttribute("role", "alert");
        Paragraph message = new Paragraph(text);
        message.addClassName("conflict-text");
        Button compare = new Button(getTranslation("edit.conflict.compare"), e -> compare());
        compare.setId("review-changes");
        compare.addClassName("conflict-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button load = new Button(getTranslation("edit.conflict.load-theirs"), e -> loadTheirs.run());
        load.setId("load-theirs");
        load.addClassName("conflict-load-theirs");
        Button keep = new Button(keepMineLabel, e -> keepMine.run());
        keep.setId("keep-mine");
        keep.addClassName("conflict-keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(compare, load, keep);
        actions.getStyle().set("flex-wrap", "wrap");
        banner.add(message, actions);
        add(banner, comparisonSlot);
        if (compareNow) {
            compare();
        }
    }

    private void compare() {
        comparisonSlot.removeAll();
        comparisonSlot.add(comparison.apply(comparisonSlot::removeAll));
    }
}
