package it.lombardia.codesign.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    long countByRecipient(String recipient);

    Page<Notification> findByRecipient(String recipient, Pageable pageable);

    Page<Notification> findByRecipientAndReadAtIsNull(String recipient, Pageable pageable);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant now);

    /** E-mails due for another attempt, oldest first. */
    @Query("""
            select n.id from Notification n
            where n.emailStatus in :statuses and n.emailAttempts < :maxAttempts
              and coalesce(n.emailAttemptedAt, n.createdAt) <= :before
            order by n.id
            """)
    List<Long> findEmailsDue(Collection<EmailStatus> statuses, int maxAttempts, Instant before, Pageable pageable);

    /**
     * Takes an e-mail for one attempt: succeeds only if nobody took it since {@code attempts} was
     * read, so that the after-commit sender and the retry job never send the same one twice.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.emailAttempts = n.emailAttempts + 1, n.emailAttemptedAt = :now
            where n.id = :id and n.emailAttempts = :attempts and n.emailStatus in :statuses
            """)
    int claimEmail(long id, int attempts, Collection<EmailStatus> statuses, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.emailStatus = :status where n.id = :id")
    int setEmailStatus(long id, EmailStatus status);
}
