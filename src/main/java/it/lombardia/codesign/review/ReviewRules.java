package it.lombardia.codesign.review;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what in reviewing, and when. Region staff are reviewers and administrators. Reviewers
 * may be assigned until the round closes; assessments are written in the co-design, review and
 * consolidation phases; drafts, withdrawn and merged proposals are not reviewed at all.
 */
@Component
class ReviewRules {

    static final Set<RoundPhase> ASSESSING_PHASES = EnumSet.of(RoundPhase.CO_DESIGN, RoundPhase.REVIEW,
            RoundPhase.CONSOLIDATION);

    private final CurrentActor currentActor;
    private final ProposalService proposals;
    private final RoundService rounds;

    ReviewRules(CurrentActor currentActor, ProposalService proposals, RoundService rounds) {
        this.currentActor = currentActor;
        this.proposals = proposals;
        this.rounds = rounds;
    }


    Actor requireStaff() {
        Actor actor = currentActor.require();
        if (!actor.isRegionStaff()) {
            throw new NotPermittedException("review.refused.staff-only");
        }
        return actor;
    }

    Actor requireAdmin() {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new NotPermittedException("review.refused.admin-only");
        }
        return actor;
    }

    Actor requireActor() {
        return currentActor.require();
    }

    Optional<Actor> actor() {
        return currentActor.find();
    }

    ProposalDetails requireProposal(long proposalId) {
        return proposals.find(proposalId).orElseThrow(() -> new TranslatableException("error.proposal.not-found"));
    }

    RoundPhase phaseOf(ProposalDetails proposal) {
        return rounds.round(proposal.roundId()).map(RoundSummary::phase).orElse(RoundPhase.CLOSED);
    }

    /** The end of the round's review phase, the day reviews are due unless an administrator says otherwise. */
    Optional<LocalDate> defaultDueDate(ProposalDetails proposal) {
        return rounds.round(proposal.roundId()).flatMap(r -> r.plan(RoundPhase.REVIEW)).map(PhasePlan::endsOn);
    }

    /** Why nobody may be assigned to review the proposal now, or empty when they may. */
    static Optional<String> whyNotAssign(ProposalDetails proposal, RoundPhase phase) {
        return whyNotReviewable(proposal, phase);
    }

    /** Why no assessment of the proposal may be written now, or empty when it may. */
    static Optional<String> whyNotAssess(ProposalDetails proposal, RoundPhase phase) {
        Optional<String> notReviewable = whyNotReviewable(proposal, phase);
        if (notReviewable.isPresent()) {
            return notReviewable;
        }
        return ASSESSING_PHASES.contains(phase) ? Optional.empty() : Optional.of("review.refused.assess-phase");
    }

    private static Optional<String> whyNotReviewable(ProposalDetails proposal, RoundPhase phase) {
        if (phase == RoundPhase.CLOSED) {
            return Optional.of("review.refused.round-closed");
        }
        if (proposal.status() == ProposalStatus.DRAFT) {
            return Optional.of("review.refused.not-submitted");
        }
        if (proposal.status() == ProposalStatus.WITHDRAWN || proposal.status() == ProposalStatus.MERGED) {
            return Optional.of("review.refused.withdrawn");
        }
        return Optional.empty();
    }
}
