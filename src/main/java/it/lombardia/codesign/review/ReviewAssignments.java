package it.lombardia.codesign.review;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reviews which proposal, by when. Administrators assign reviewers and remove them; a reviewer
 * takes a proposal for themselves. Every assignment is announced with {@link ReviewerAssigned}.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class ReviewAssignments {

    static final String ENTITY = "assignment";

    private final AssignmentRepository assignments;
    private final ReviewRules rules;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewAssignments(AssignmentRepository assignments, ReviewRules rules, People people,
                      ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.rules = rules;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns an enabled reviewer to the proposal. Without a due date the review is due at the end of
     * the round's review phase.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AssignmentDetails assign(long proposalId, String reviewerUsername, LocalDate dueOn) {
        Actor admin = rules.requireAdmin();
        ProposalDetails proposal = rules.requireProposal(proposalId);
        ReviewRules.whyNotAssign(proposal, rules.phaseOf(proposal)).ifPresent(reason -> {
            throw new TranslatableException(reason);
        });
        if (reviewerUsername == null || reviewerUsername.isBlank()) {
            throw new InvalidInputException(Map.of("reviewer", "validation.required"));
        }
        Optional<Reviewer> reviewer = people.reviewer(reviewerUsername);
        if (reviewer.isEmpty()) {
            throw new InvalidInputException(Map.of("reviewer", "review.validation.not-a-reviewer"));
        }
        if (dueOn != null && dueOn.isBefore(today())) {
            throw new InvalidInputException(Map.of("dueOn", "review.validation.due-past"));
        }
        if (assignments.existsByProposalIdAndReviewer(proposalId, reviewer.get().username())) {
            throw new InvalidInputException(Map.of("reviewer", "review.validation.already-assigned"));
        }
        LocalDate due = dueOn != null ? dueOn : rules.defaultDueDate(proposal).orElse(null);
        return create(admin, proposal, reviewer.get(), due);
    }

    /** The signed-in reviewer takes the review of the proposal, due at the end of the review phase. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public AssignmentDetails take(long proposalId) {
        Actor actor = rules.requireStaff();
        if (!actor.has(Role.REVIEWER)) {
            throw new NotPermittedException("review.refused.reviewer-only");
        }
        ProposalDetails proposal = rules.requireProposal(proposalId);
        ReviewRules.whyNotAssign(proposal, rules.phaseOf(proposal)).ifPresent(reason -> {
            throw new TranslatableException(reason);
        });
        if (assignments.existsByProposalIdAndReviewer(proposalId, actor.username())) {
            throw new TranslatableException("review.refused.already-assigned");
        }
        return create(actor, proposal, new Reviewer(actor.username(), actor.displayName()),
                rules.defaultDueDate(proposal).orElse(null));
    }

    /** Changes the day a review is due. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AssignmentDetails changeDueDate(long assignmentId, long expectedVersion, LocalDate dueOn) {
        Actor admin = rules.requireAdmin();
        Assignment assignment = load(assignmentId, expectedVersion);
        ProposalDetails proposal = rules.requireProposal(assignment.getProposalId());
        ReviewRules.whyNotAssign(proposal, rules.phaseOf(proposal)).ifPresent(reason -> {
            throw new TranslatableException(reason);
        });
        if (dueOn != null && dueOn.isBefore(today())) {
            throw new InvalidInputException(Map.of("dueOn", "review.validation.due-past"));
        }
        AssignmentDetails before = details(assignment, proposal);
        assignment.setDueOn(dueOn);
        AssignmentDetails after = details(assignments.saveAndFlush(assignment), proposal);
        events.publishEvent(new AuditEvent(admin.username(), ENTITY, String.valueOf(after.id()), "update", before,
                after));
        return after;
    }

    /** Removes a reviewer from a proposal; an assessment they wrote stays. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unassign(long assignmentId, long expectedVersion) {
        Actor admin = rules.requireAdmin();
        Assignment assignment = load(assignmentId, expectedVersion);
        ProposalDetails proposal = rules.requireProposal(assignment.getProposalId());
        AssignmentDetails before = details(assignment, proposal);
        assignments.delete(assignment);
        assignments.flush();
        events.publishEvent(new AuditEvent(admin.username(), ENTITY, String.valueOf(before.id()), "unassign", before,
                null));
    }

    /** The reviewers of the proposal, earliest assignment first. */
    @Transactional(readOnly = true)
    public List<AssignmentDetails> assignmentsOf(long proposalId) {
        rules.requireStaff();
        ProposalDetails proposal = rules.requireProposal(proposalId);
        List<Assignment> found = assignments.findByProposalIdOrderByAssignedAtAscIdAsc(proposalId);
        Map<String, String> names = people.displayNames(found.stream().map(Assignment::getReviewer).toList());
        boolean awaiting = ProposalStatus.AWAITING_REVIEW.contains(proposal.status());
        return found.stream().map(a -> a.details(names.get(a.getReviewer()), today(), awaiting)).toList();
    }

    /** The day a new assignment of the proposal is due unless the administrator picks another. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> defaultDueDate(long proposalId) {
        rules.requireStaff();
        return rules.defaultDueDate(rules.requireProposal(proposalId));
    }

    /** The people an administrator may assign: enabled accounts with the reviewer role. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<Reviewer> reviewers() {
        rules.requireAdmin();
        return people.reviewers();
    }

    private AssignmentDetails create(Actor by, ProposalDetails proposal, Reviewer reviewer,
                                     LocalDate dueOn) {
        Assignment assignment = assignments.saveAndFlush(
                new Assignment(proposal.id(), reviewer.username(), by.username(), clock.instant(), dueOn));
        AssignmentDetails created = assignment.details(reviewer.displayName(), today(),
                ProposalStatus.AWAITING_REVIEW.contains(proposal.status()));
        events.publishEvent(new ReviewerAssigned(proposal.id(), proposal.content().title(), reviewer.username(),
                by.username(), dueOn));
        events.publishEvent(new AuditEvent(by.username(), ENTITY, String.valueOf(created.id()), "assign", null,
                created));
        return created;
    }

    private Assignment load(long assignmentId, long expectedVersion) {
        Assignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new TranslatableException("review.refused.assignment-gone"));
        if (assignment.getVersion() != expectedVersion) {
            throw new TranslatableException("error.stale");
        }
        return assignment;
    }

    private AssignmentDetails details(Assignment assignment, ProposalDetails proposal) {
        String name = people.displayNames(List.of(assignment.getReviewer())).get(assignment.getReviewer());
        return assignment.details(name, today(), ProposalStatus.AWAITING_REVIEW.contains(proposal.status()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
