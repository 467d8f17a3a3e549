package it.lombardia.codesign.review;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.round.RoundPhase;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in user may do in reviewing a proposal, with the reason when they may not, so that
 * a page can disable a button and say why. The services check the same rules again.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewPermissions {

    private final ReviewRules rules;
    private final AssignmentRepository assignments;

    ReviewPermissions(ReviewRules rules, AssignmentRepository assignments) {
        this.rules = rules;
        this.assignments = assignments;
    }

    /** Each action mapped to empty when allowed, else to a message key saying why not. */
    @Transactional(readOnly = true)
    public Map<ReviewAction, Optional<String>> permissions(long proposalId) {
        ProposalDetails proposal = rules.requireProposal(proposalId);
        Optional<Actor> actor = rules.actor();
        Map<ReviewAction, Optional<String>> result = new EnumMap<>(ReviewAction.class);
        if (actor.isEmpty()) {
            for (ReviewAction action : ReviewAction.values()) {
                result.put(action, Optional.of("error.sign-in-required"));
            }
            return result;
        }
        Actor me = actor.get();
        RoundPhase phase = rules.phaseOf(proposal);
        Optional<String> staffOnly = me.isRegionStaff() ? Optional.empty() : Optional.of("review.refused.staff-only");
        result.put(ReviewAction.READ_ASSESSMENTS, staffOnly);
        result.put(ReviewAction.ASSESS, staffOnly.or(() -> ReviewRules.whyNotAssess(proposal, phase)));
        result.put(ReviewAction.ASSIGN, (me.isAdmin() ? Optional.<String>empty() : Optional.of("review.refused.admin-only"))
                .or(() -> ReviewRules.whyNotAssign(proposal, phase)));
        Optional<String> take = me.has(Role.REVIEWER) ? Optional.empty() : Optional.of("review.refused.reviewer-only");
        take = take.or(() -> ReviewRules.whyNotAssign(proposal, phase))
                .or(() -> assignments.existsByProposalIdAndReviewer(proposalId, me.username())
                        ? Optional.of("review.refused.already-assigned") : Optional.empty());
        result.put(ReviewAction.TAKE, take);
        return result;
    }
}
