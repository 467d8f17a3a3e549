package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import it.lombardia.codesign.review.ReviewAssignments;
import it.lombardia.codesign.review.Reviewer;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.util.Map;

/** An administrator assigns a reviewer; the due date starts at the end of the round's review phase. */
class AssignDialog extends Dialog {

    private final ReviewAssignments assignments;
    private final long proposalId;
    private final Runnable onAssigned;
    final ComboBox<Reviewer> reviewer = new ComboBox<>();
    final DatePicker dueOn = new DatePicker();
    private final Map<String, HasValidation> fields = Map.of("reviewer", reviewer, "dueOn", dueOn);

    AssignDialog(ReviewAssignments assignments, long proposalId, Runnable onAssigned) {
        this.assignments = assignments;
        this.proposalId = proposalId;
        this.onAssigned = onAssigned;
        setHeaderTitle(getTranslation("review.assignments.assign"));
        reviewer.setLabel(getTranslation("review.assign.reviewer"));
        reviewer.setId("reviewer");
        reviewer.setRequiredIndicatorVisible(true);
        reviewer.setItems(assignments.reviewers());
        reviewer.setItemLabelGenerator(p -> p.displayName() + " (" + p.username() + ")");
        dueOn.setLabel(getTranslation("review.assign.due"));
        dueOn.setId("dueOn");
        dueOn.setLocale(getLocale());
        dueOn.setHelperText(getTranslation("review.assign.due-help"));
        dueOn.setValue(assignments.defaultDueDate(proposalId).orElse(null));
        FormLayout form = new FormLayout(reviewer, dueOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation("review.assign.confirm"), e -> assign());
        save.setId("confirm-assign");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void assign() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            assignments.assign(proposalId, reviewer.getOptionalValue().map(Reviewer::username)
                    .orElse(null), dueOn.getValue());
            Notifications.success(getTranslation("review.assign.done", reviewer.getValue().displayName()));
            close();
            onAssigned.run();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> {
                HasValidation f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(getTranslation(key));
                    f.setInvalid(true);
                }
            });
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
