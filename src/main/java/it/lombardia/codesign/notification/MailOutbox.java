package it.lombardia.codesign.notification;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Contact;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mail copies: right after the change that wrote them commits (on a thread of its own,
 * so a slow or unreachable SMTP server never holds up the user), and again from a retry job while
 * attempts are left, so that an SMTP server that was down loses nothing. A failure is logged and
 * recorded on the notification, never shown to the user. Exists only with {@code codesign.mail.enabled=true}.
 */
@Component
@ConditionalOnBooleanProperty(prefix = MailSettings.PREFIX, name = "enabled")
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Set<EmailStatus> SENDABLE = EnumSet.of(EmailStatus.PENDING, EmailStatus.FAILED);
    private static final int RETRY_BATCH = 100;

    private record Attempt(long id, String recipient, NotificationKind kind, Message message, String link, int number) {
    }

    private final NotificationRepository notifications;
    private final AccountDirectory directory;
    private final MailComposer composer;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    MailOutbox(NotificationRepository notifications, AccountDirectory directory, MailComposer composer,
               ObjectProvider<JavaMailSender> sender, MailSettings settings, PlatformTransactionManager transactions,
               Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.composer = composer;
        this.sender = sender.getIfAvailable(() -> {
            throw new IllegalStateException("codesign.mail.enabled=true needs an SMTP server: set spring.mail.host"
                    + " (and spring.mail.port, spring.mail.username, spring.mail.password as the server requires)");
        });
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void sendAfterCommit(MailQueued queued) {
        try {
            afterCommit.execute(() -> queued.notificationIds().forEach(this::deliverQuietly));
        } catch (RejectedExecutionException e) {
            log.info("Shutting down: {} e-mail(s) left for the retry job", queued.notificationIds().size());
        }
    }

    @Scheduled(fixedDelayString = "${codesign.mail.retry-interval:PT1M}",
            initialDelayString = "${codesign.mail.retry-interval:PT1M}")
    void retryJob() {
        try {
            resendDue();
        } catch (RuntimeException e) {
            log.warn("E-mail retry job failed, will run again: {}", e.toString());
        }
    }

    /** Tries once more every e-mail whose last attempt is older than {@code retry-after}; returns how many went out. */
    int resendDue() {
        Instant before = clock.instant().minus(settings.retryAfter());
        List<Long> due = notifications.findEmailsDue(SENDABLE, settings.maxAttempts(), before,
                PageRequest.of(0, RETRY_BATCH));
        int sent = 0;
        for (long id : due) {
            if (deliverQuietly(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliverQuietly(long id) {
        try {
            return deliver(id);
        } catch (RuntimeException e) {
            log.warn("E-mail for notification {} not sent: {}", id, e.toString());
            return false;
        }
    }

    private boolean deliver(long id) {
        Attempt attempt = transaction.execute(status -> claim(id));
        if (attempt == null) {
            return false;
        }
        Optional<Contact> contact = directory.contact(attempt.recipient()).filter(c -> c.emailAddress().isPresent());
        if (contact.isEmpty()) {
            // The address was removed or the account disabled since: nothing to send any more.
            setStatus(id, EmailStatus.NONE);
            return false;
        }
        try {
            sender.send(mail(contact.get(), attempt));
        } catch (RuntimeException | MessagingException e) {
            setStatus(id, EmailStatus.FAILED);
            log.warn("E-mail for notification {} not sent (attempt {} of {}): {}", id, attempt.number(),
                    settings.maxAttempts(), e.toString());
            return false;
        }
        setStatus(id, EmailStatus.SENT);
        return true;
    }

    private Attempt claim(long id) {
        Notification n = notifications.findById(id).orElse(null);
        if (n == null || !SENDABLE.contains(n.getEmailStatus()) || n.getEmailAttempts() >= settings.maxAttempts()) {
            return null;
        }
        Attempt attempt = new Attempt(id, n.getRecipient(), n.getKind(), n.getMessage(), n.getLink(),
                n.getEmailAttempts() + 1);
        boolean claimed = notifications.claimEmail(id, n.getEmailAttempts(), SENDABLE, clock.instant()) == 1;
        return claimed ? attempt : null;
    }

    private MimeMessage mail(Contact recipient, Attempt attempt) throws MessagingException {
        MailComposer.MailText text = composer.compose(recipient, attempt.kind(), attempt.message(), attempt.link());
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(recipient.email());
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        return mail;
    }

    private void setStatus(long id, EmailStatus status) {
        transaction.executeWithoutResult(s -> notifications.setEmailStatus(id, status));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        afterCommit.shutdown();
        afterCommit.awaitTermination(10, TimeUnit.SECONDS);
    }
}
