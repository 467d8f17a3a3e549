package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.ui.Formats;

/**
 * Someone else saved the proposal first. What this user typed stays in the form; they choose to
 * load the other version or to save theirs over it, knowingly.
 */
class ConflictBanner extends Div {

    ConflictBanner(ProposalDetails theirs, Runnable loadTheirs, Runnable keepMine) {
        addClassName("conflict-banner");
        getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(getTranslation("proposal.conflict.text", theirs.updatedBy(),
                Formats.dateTime(theirs.updatedAt(), getLocale())));
        Button load = new Button(getTranslation("proposal.conflict.load-theirs"), e -> loadTheirs.run());
        load.setId("load-theirs");
        Button keep = new Button(getTranslation("proposal.conflict.keep-mine"), e -> keepMine.run());
        keep.setId("keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(text, new HorizontalLayout(load, keep));
    }
}
