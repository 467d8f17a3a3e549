package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.review.AnswerTemplateDetails;
import it.lombardia.codesign.review.AnswerTemplates;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.util.Map;

/** Writes a new answer template or changes one; errors appear at their fields. */
class AnswerTemplateDialog extends Dialog {

    private final AnswerTemplates templates;
    private final AnswerTemplateDetails existing;
    private final Runnable onSaved;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Map<String, HasValidation> fields = Map.of("title", title, "body", body);

    AnswerTemplateDialog(AnswerTemplates templates, AnswerTemplateDetails existing, Runnable onSaved) {
        this.templates = templates;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? getTranslation("review.templates.new")
                : getTranslation("review.templates.edit", existing.title()));
        title.setLabel(getTranslation("review.template.title"));
        title.setId("title");
        title.setRequiredIndicatorVisible(true);
        body.setLabel(getTranslation("review.template.body"));
        body.setId("body");
        body.setRequiredIndicatorVisible(true);
        body.setHelperText(getTranslation("review.template.body-help"));
        body.setMinHeight("12em");
        if (existing != null) {
            title.setValue(existing.title());
            body.setValue(existing.body());
        }
        FormLayout form = new FormLayout(title, body);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(720px, 95vw)");
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> errors = AnswerTemplates.check(title.getValue(), body.getValue());
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        try {
            if (existing == null) {
                templates.create(title.getValue(), body.getValue());
            } else {
                templates.update(existing.id(), existing.version(), title.getValue(), body.getValue());
            }
            Notifications.success(getTranslation("review.templates.saved"));
            onSaved.run();
            close();
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(getTranslation(key,
                        "title".equals(field) ? AnswerTemplates.TITLE_MAX : AnswerTemplates.BODY_MAX));
                f.setInvalid(true);
            }
        });
        Notifications.error(getTranslation("form.fix-fields"));
    }
}
