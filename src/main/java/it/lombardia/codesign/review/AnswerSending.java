package it.lombardia.codesign.review;

import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.ProposalTransitioned;
import it.lombardia.codesign.shared.AuditEvent;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the reviewers' public answers to the proposing clusters when a reviewer requests changes or
 * decides, not while the answers are being written. Runs in the transaction of that step, so an
 * answer is sent exactly when the step is taken, and not if it fails.
 */
@Component
class AnswerSending {

    /** The reviewers' steps that send the public answers to the clusters. */
    private static final Set<ProposalStatus> SENT_WITH = EnumSet.of(ProposalStatus.CHANGES_REQUESTED,
            ProposalStatus.APPROVED, ProposalStatus.REJECTED);

    private final AssessmentRepository assessments;
    private final ApplicationEventPublisher events;

    AnswerSending(AssessmentRepository assessments, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.events = events;
    }

    @EventListener
    void on(ProposalTransitioned event) {
        if (!SENT_WITH.contains(event.to())) {
            return;
        }
        for (Assessment assessment : assessments.findByProposalIdOrderByCreatedAtAscIdAsc(event.proposalId())) {
            if (assessment.sendAnswer(event.at())) {
                AssessmentDetails after = assessment.details(null);
                events.publishEvent(new AuditEvent(event.actor(), Assessments.ENTITY, String.valueOf(after.id()),
                        "send-answer", null, after));
            }
        }
    }
}
