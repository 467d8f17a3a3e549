package it.lombardia.codesign.notification;

import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.ProposalTransitioned;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the other features' events the way their services do: inside the transaction of the
 * change. Titles are unique so that a test finds its own notifications among everything else.
 */
public final class NotificationEvents {

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;

    public NotificationEvents(ApplicationEventPublisher publisher, TransactionTemplate transaction) {
        this.publisher = publisher;
        this.transaction = transaction;
    }

    /** Publishes the events in one transaction that commits. */
    public void commit(Object... events) {
        transaction.executeWithoutResult(status -> {
            for (Object event : events) {
                publisher.publishEvent(event);
            }
        });
    }

    /** Publishes the events in a transaction that is then rolled back, as when the change fails. */
    public void rollBack(Object... events) {
        transaction.executeWithoutResult(status -> {
            for (Object event : events) {
                publisher.publishEvent(event);
            }
            status.setRollbackOnly();
        });
    }

    public static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ProposalTransitioned transition(long proposalId, String title, ProposalStatus from, ProposalStatus to,
                                                  String actor, String reason, String lead, Set<String> clusters,
                                                  Long relatedProposalId) {
        return new ProposalTransitioned(proposalId, title, from, to, actor, reason, lead, clusters, relatedProposalId,
                Instant.now());
    }
}
