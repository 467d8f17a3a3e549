package it.lombardia.codesign.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String messageKey;
    private String messageArgs;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    private EmailStatus emailStatus;

    private int emailAttempts;
    private Instant emailAttemptedAt;

    protected Notification() {
    }

    Notification(String recipient, NotificationKind kind, Message message, String link, Instant createdAt,
                 EmailStatus emailStatus) {
        this.recipient = recipient;
        this.kind = kind;
        this.messageKey = message.key();
        this.messageArgs = message.encodedArguments();
        this.link = link;
        this.createdAt = createdAt;
        this.emailStatus = emailStatus;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    NotificationKind getKind() {
        return kind;
    }

    Message getMessage() {
        return Message.decode(messageKey, messageArgs);
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    boolean isUnread() {
        return readAt == null;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    EmailStatus getEmailStatus() {
        return emailStatus;
    }

    void setEmailStatus(EmailStatus emailStatus) {
        this.emailStatus = emailStatus;
    }

    int getEmailAttempts() {
        return emailAttempts;
    }

    Instant getEmailAttemptedAt() {
        return emailAttemptedAt;
    }
}
