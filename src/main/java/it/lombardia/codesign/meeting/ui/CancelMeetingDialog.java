package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;

/** Calls a meeting off with the reason the invitees will read; a refusal leaves the reason typed. */
class CancelMeetingDialog extends Dialog {

    final TextArea reason = new TextArea();

    CancelMeetingDialog(MeetingService meetings, MeetingDetails meeting, Runnable onCancelled) {
        setId("cancel-dialog");
        setHeaderTitle(getTranslation("meeting.cancel.title", meeting.title()));
        reason.setId("cancel-reason");
        reason.setLabel(getTranslation("meeting.cancel.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("meeting.cancel.text")), reason);
        Button confirm = new Button(getTranslation("meeting.cancel.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("meeting.error.cancel-reason-required"));
                reason.setInvalid(true);
                return;
            }
            try {
                meetings.cancel(meeting.id(), meeting.version(), reason.getValue());
                close();
                Notifications.success(getTranslation("meeting.cancel.done"));
                onCancelled.run();
            } catch (TranslatableException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                reason.setInvalid(true);
            }
        });
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("meeting.cancel.keep"), e -> close());
        back.setId("cancel-back");
        getFooter().add(back, confirm);
    }
}
