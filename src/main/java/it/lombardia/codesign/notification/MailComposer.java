package it.lombardia.codesign.notification;

import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.ui.Translations;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The e-mail copy of a notification: plain text in the recipient's language, with the link to open. */
@Component
class MailComposer {

    record MailText(String subject, String body) {
    }

    private final MessageRenderer renderer;
    private final MailSettings settings;

    MailComposer(MessageRenderer renderer, MailSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
    }

    MailText compose(Contact recipient, NotificationKind kind, Message message, String link) {
        Locale locale = Translations.supported(recipient.language());
        String about = renderer.render(new Message(kind.subjectKey(), message.arguments()), locale);
        String subject = renderer.translate("notification.mail.subject", locale, about)
                .replaceAll("\\s+", " ").strip();
        String body = renderer.translate("notification.mail.greeting", locale, recipient.displayName()) + "\n\n"
                + renderer.render(message, locale) + "\n\n"
                + renderer.translate("notification.mail.open", locale, settings.link(link)) + "\n\n"
                + "-- \n"
                + renderer.translate("notification.mail.footer", locale, settings.link("notifications")) + "\n";
        return new MailText(subject, body);
    }
}
