package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.shared.InvalidInputException;
import java.util.function.Consumer;

/**
 * Asks for the reason of a step that needs one (withdrawal, merge). An empty reason is refused at
 * the field before anything is sent; the service checks again.
 */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(String title, String text, String confirmLabel, Component extra, Consumer<String> action) {
        setHeaderTitle(title);
        reason.setId("reason");
        reason.setLabel(getTranslation("workflow.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(10_000);
        reason.setWidthFull();
        add(new Paragraph(text));
        if (extra != null) {
            add(extra);
        }
        add(reason);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        confirm.setText(confirmLabel);
        confirm.setId("confirm-reason");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                showError("workflow.validation.reason-required");
                return;
            }
            try {
                action.accept(reason.getValue());
                close();
            } catch (InvalidInputException ex) {
                showError(ex.fieldErrors().getOrDefault("reason", ex.fieldErrors().values().stream().findFirst()
                        .orElse(ex.messageKey())));
            }
        });
        getFooter().add(cancel, confirm);
        setWidth("min(36rem, 95vw)");
    }

    private void showError(String key) {
        reason.setInvalid(true);
        reason.setErrorMessage(getTranslation(key));
    }
}
