package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Function;

/**
 * Someone else saved the proposal while this user was editing it. What the user typed stays in the
 * form; they compare field by field (the comparison opens below the banner), load the other version,
 * or keep theirs, knowingly.
 */
class ConflictBanner extends Div {

    private final Div comparisonSlot = new Div();
    private final Function<Runnable, Component> comparison;

    /**
     * @param comparison makes the field-by-field comparison, given what closes it
     * @param compareNow opens the comparison at once
     */
    ConflictBanner(String text, String keepMineLabel, Function<Runnable, Component> comparison, boolean compareNow,
                   Runnable loadTheirs, Runnable keepMine) {
        this.comparison = comparison;
        Div banner = new Div();
        banner.addClassName("conflict-banner");
        banner.getElement().setAttribute("role", "alert");
        Button compare = new Button(getTranslation("proposal.conflict.review"), e -> compare());
        compare.setId("review-changes");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button load = new Button(getTranslation("proposal.conflict.load-theirs"), e -> loadTheirs.run());
        load.setId("load-theirs");
        Button keep = new Button(keepMineLabel, e -> keepMine.run());
        keep.setId("keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        banner.add(new Paragraph(text), new HorizontalLayout(compare, load, keep));
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
