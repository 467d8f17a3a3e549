package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import it.lombardia.codesign.ui.Formats;
import java.time.LocalDate;

/**
 * Asks before a proposal is submitted and says what submitting changes, as the workflow has it:
 * the Region and the round's participants may read the proposal, and its clusters may still refine
 * it until co-design ends (see {@code ProposalWorkflow}); from the review on only a change request
 * opens it again.
 */
class SubmitDialog extends Dialog {

    /**
     * @param editableUntil the planned last day of co-design, or null when the round has no such date
     */
    SubmitDialog(LocalDate editableUntil, Runnable submit) {
        setHeaderTitle(getTranslation("proposal.submit.confirm-title"));
        Paragraph text = new Paragraph(editableUntil == null ? getTranslation("proposal.submit.confirm-text-undated")
                : getTranslation("proposal.submit.confirm-text", Formats.date(editableUntil, getLocale())));
        text.setId("submit-consequences");
        add(text);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button confirm = new Button(getTranslation("proposal.submit"), e -> {
            close();
            submit.run();
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        getFooter().add(new HorizontalLayout(cancel, confirm));
    }
}
