package it.lombardia.codesign.notification;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.live.LiveBus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one notification per recipient, marks the e-mail copies to send once the change commits,
 * and tells the recipients' open bells (see {@link NotificationChanges}).
 */
@Component
class NotificationWriter {

    private final NotificationRepository notifications;
    private final AccountDirectory directory;
    private final MailSettings mail;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;

    NotificationWriter(NotificationRepository notifications, AccountDirectory directory, MailSettings mail,
                       ApplicationEventPublisher events, LiveBus live, Clock clock) {
        this.live = live;
        this.notifications = notifications;
        this.directory = directory;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Nobody is told about their own action: {@code actor} is left out whatever the recipients.
     * Unknown and disabled accounts are skipped, and names are stored as the account spells them.
     */
    @Transactional
    void notify(Collection<String> recipients, String actor, NotificationKind kind, Message message, String link) {
        Instant now = clock.instant();
        List<Notification> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String recipient : recipients) {
            Optional<Contact> contact = directory.contact(recipient);
            if (contact.isEmpty() || contact.get().username().equalsIgnoreCase(actor)
                    || !seen.add(contact.get().username())) {
                continue;
            }
            EmailStatus email = mail.enabled() && contact.get().emailAddress().isPresent()
                    ? EmailStatus.PENDING : EmailStatus.NONE;
            rows.add(new Notification(contact.get().username(), kind, message, link, now, email));
        }
        if (rows.isEmpty()) {
            return;
        }
        List<Notification> saved = notifications.saveAll(rows);
        // Open bells recount once the change commits (the bus waits for the commit).
        saved.forEach(n -> live.publish(NotificationChanges.of(n.getRecipient())));
        List<Long> toMail = saved.stream()
                .filter(n -> n.getEmailStatus() == EmailStatus.PENDING)
                .map(Notification::getId)
                .toList();
        if (!toMail.isEmpty()) {
            events.publishEvent(new MailQueued(toMail));
        }
    }
}
