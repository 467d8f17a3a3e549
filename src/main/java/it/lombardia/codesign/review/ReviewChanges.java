package it.lombardia.codesign.review;

import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.shared.AuditEvent;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The live messages of review: after every committed change to an assignment or an assessment,
 * topic {@value #TOPIC} with the {@code proposal} it concerns. Taken from the audit events that the
 * changes already report, so that no change can be left out.
 */
@Component
public class ReviewChanges {

    public static final String TOPIC = "review";
    private static final Set<String> ENTITIES = Set.of(Assessments.ENTITY, ReviewAssignments.ENTITY);

    private final LiveBus live;

    ReviewChanges(LiveBus live) {
        this.live = live;
    }

    @EventListener
    void on(AuditEvent event) {
        if (!ENTITIES.contains(event.entityType())) {
            return;
        }
        Object details = event.after() != null ? event.after() : event.before();
        Long proposalId = switch (details) {
            case AssignmentDetails assignment -> assignment.proposalId();
            case AssessmentDetails assessment -> assessment.proposalId();
            case null, default -> null;
        };
        if (proposalId != null) {
            live.publish(LiveMessage.of(TOPIC, "proposal", String.valueOf(proposalId), "actor", event.actor()));
        }
    }
}
