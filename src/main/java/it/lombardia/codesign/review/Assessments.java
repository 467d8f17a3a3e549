package it.lombardia.codesign.review;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' assessments of a proposal: one per reviewer, with three scores from 1 to 5, a comment
 * and private notes that only region staff read, and a public answer to the proposing clusters.
 * Everybody else reads the public answers, once sent ({@link AnswerSending}), and nothing more.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Assessments {

    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 5;
    public static final int TEXT_MAX = 10000;
    static final String ENTITY = "assessment";

    private final AssessmentRepository assessments;
    private final ReviewRules rules;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, ReviewRules rules, People people,
                ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.rules = rules;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates or changes the signed-in reviewer's own assessment. {@code expectedVersion} is null for
     * a first assessment and the version read otherwise.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public AssessmentDetails save(long proposalId, Long expectedVersion, AssessmentDraft draft) {
        Actor actor = rules.requireStaff();
        ProposalDetails proposal = rules.requireProposal(proposalId);
        ReviewRules.whyNotAssess(proposal, rules.phaseOf(proposal)).ifPresent(reason -> {
            throw new TranslatableException(reason);
        });
        Map<String, String> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<Assessment> existing = assessments.findByProposalIdAndReviewer(proposalId, actor.username());
        if (existing.isPresent() != (expectedVersion != null)
                || existing.filter(a -> a.getVersion() != expectedVersion).isPresent()) {
            throw new TranslatableException("error.stale");
        }
        Assessment assessment = existing.orElseGet(() -> new Assessment(proposalId, actor.username(), clock.instant()));
        AssessmentDetails before = existing.map(a -> a.details(actor.displayName())).orElse(null);
        assessment.apply(draft, clock.instant());
        AssessmentDetails after = assessments.saveAndFlush(assessment).details(actor.displayName());
        events.publishEvent(new AuditEvent(actor.username(), ENTITY, String.valueOf(after.id()),
                before == null ? "create" : "update", before, after));
        return after;
    }

    /** The signed-in reviewer's own assessment of the proposal, if they wrote one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public Optional<AssessmentDetails> mine(long proposalId) {
        Actor actor = rules.requireStaff();
        return assessments.findByProposalIdAndReviewer(proposalId, actor.username())
                .map(a -> a.details(actor.displayName()));
    }

    /** Every assessment of the proposal with scores and private notes: region staff only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public List<AssessmentDetails> all(long proposalId) {
        rules.requireStaff();
        List<Assessment> found = assessments.findByProposalIdOrderByCreatedAtAscIdAsc(proposalId);
        Map<String, String> names = people.displayNames(found.stream().map(Assessment::getReviewer).toList());
        return found.stream().map(a -> a.details(names.get(a.getReviewer()))).toList();
    }

    /**
     * The public answers sent to the proposing clusters (with a decision or a change request), as sent,
     * with the names of the reviewers who wrote them: for anyone who may read the proposal. What a
     * reviewer writes afterwards reaches them with the next decision or change request.
     */
    @Transactional(readOnly = true)
    public List<PublicAnswer> publicAnswers(long proposalId) {
        rules.requireProposal(proposalId);
        List<Assessment> answered = assessments.findByProposalIdOrderByCreatedAtAscIdAsc(proposalId).stream()
                .filter(a -> a.getSentAnswer() != null).toList();
        Map<String, String> names = people.displayNames(answered.stream().map(Assessment::getReviewer).toList());
        return answered.stream()
                .map(a -> new PublicAnswer(names.get(a.getReviewer()), a.getSentAnswer(), a.getAnswerSentAt()))
                .toList();
    }

    /** The service's own checks of a draft, field name to message key; empty when it may be saved. */
    public static Map<String, String> check(AssessmentDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkScore(errors, "alignment", draft.alignment());
        checkScore(errors, "impact", draft.impact());
        checkScore(errors, "feasibility", draft.feasibility());
        checkLength(errors, "comment", draft.comment());
        checkLength(errors, "privateNotes", draft.privateNotes());
        checkLength(errors, "publicAnswer", draft.publicAnswer());
        return errors;
    }

    private static void checkScore(Map<String, String> errors, String field, Integer score) {
        if (score == null) {
            errors.put(field, "validation.required");
        } else if (score < SCORE_MIN || score > SCORE_MAX) {
            errors.put(field, "review.validation.score");
        }
    }

    private static void checkLength(Map<String, String> errors, String field, String text) {
        if (text != null && text.strip().length() > TEXT_MAX) {
            errors.put(field, "validation.too-long");
        }
    }
}
