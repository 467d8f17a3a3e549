package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Someone else saved the proposal while this user was editing it. What the user typed stays in the
 * form; they compare field by field, load the other version, or keep theirs, knowingly.
 */
class ConflictBanner extends Div {

    ConflictBanner(String text, String keepMineLabel, Runnable review, Runnable loadTheirs, Runnable keepMine) {
        addClassName("conflict-banner");
        getElement().setAttribute("role", "alert");
        Button compare = new Button(getTranslation("proposal.conflict.review"), e -> review.run());
        compare.setId("review-changes");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button load = new Button(getTranslation("proposal.conflict.load-theirs"), e -> loadTheirs.run());
        load.setId("load-theirs");
        Button keep = new Button(keepMineLabel, e -> keepMine.run());
        keep.setId("keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Paragraph(text), new HorizontalLayout(compare, load, keep));
    }
}
