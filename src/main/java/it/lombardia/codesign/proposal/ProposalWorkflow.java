package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalStatus.CHANGES_REQUESTED;
import static it.lombardia.codesign.proposal.ProposalStatus.DRAFT;
import static it.lombardia.codesign.proposal.ProposalStatus.RESUBMITTED;
import static it.lombardia.codesign.proposal.ProposalStatus.SUBMITTED;
import static it.lombardia.codesign.proposal.ProposalStatus.UNDER_REVIEW;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.round.RoundPhase;
import java.util.Optional;

/**
 * The one place that says who may do what with a proposal, in which state and in which phase of
 * the round. Services refuse with the reason given here; views show the same reason on disabled
 * actions. A refusal is a message key.
 *
 * <ul>
 * <li>Representatives of the lead and the accepting co-proposing clusters edit and submit during
 * drafting and co-design, and answer change requests until review ends; only the lead's
 * representatives change who proposes, withdraw, and merge (co-design only, both leads theirs).</li>
 * <li>Region reviewers start reviews and decide only during review; they merge during co-design
 * and review.</li>
 * <li>Administrators may do what representatives and reviewers may. Nobody changes anything in a
 * closed round.</li>
 * </ul>
 */
final class ProposalWorkflow {

    private ProposalWorkflow() {
    }

    static Optional<String> refusalToCreate(Actor actor, RoundPhase phase) {
        if (!actor.isAdmin() && !(actor.has(Role.REPRESENTATIVE) && !actor.clusterCodes().isEmpty())) {
            return Optional.of("workflow.refusal.representatives-only");
        }
        return phaseRefusal(phase, phase.allowsDrafting(), "workflow.refusal.phase.drafting");
    }

    static Optional<String> refusal(Actor actor, ProposalAction action, ProposalDetails p, RoundPhase phase) {
        if (phase.closed()) {
            return Optional.of("workflow.refusal.round-closed");
        }
        if (phase == RoundPhase.PLANNED) {
            return Optional.of("workflow.refusal.round-not-started");
        }
        ProposalStatus s = p.status();
        return switch (action) {
            case EDIT -> first(participant(actor, p), editable(s, phase));
            case INVITE -> first(lead(actor, p), editable(s, phase));
            case SUBMIT -> first(participant(actor, p), state(s == DRAFT, "workflow.refusal.state.submit"),
                    phaseRefusal(phase, phase.allowsDrafting(), "workflow.refusal.phase.drafting"));
            case RESUBMIT -> first(participant(actor, p),
                    state(s == CHANGES_REQUESTED, "workflow.refusal.state.resubmit"),
                    phaseRefusal(phase, phase.allowsDrafting() || phase.allowsReview(), "workflow.refusal.phase.changes"));
            case WITHDRAW -> first(lead(actor, p), state(!s.isFinal(), "workflow.refusal.state.final"));
            case ANSWER_INVITATION -> first(invited(actor, p), state(!s.isFinal(), "workflow.refusal.state.final"),
                    phaseRefusal(phase, phase.allowsDrafting() || phase.allowsReview(), "workflow.refusal.phase.changes"));
            case START_REVIEW -> first(staff(actor),
                    state(s == SUBMITTED || s == RESUBMITTED, "workflow.refusal.state.start-review"),
                    phaseRefusal(phase, phase.allowsReview(), "workflow.refusal.phase.review"));
            case REQUEST_CHANGES, APPROVE, REJECT -> first(staff(actor),
                    state(s == UNDER_REVIEW, "workflow.refusal.state.decide"),
                    phaseRefusal(phase, phase.allowsReview(), "workflow.refusal.phase.review"));
            case MERGE -> first(staff(actor).isEmpty() ? Optional.empty() : lead(actor, p),
                    state(!s.isFinal(), "workflow.refusal.state.final"),
                    actor.isRegionStaff()
                            ? phaseRefusal(phase, phase.allowsMerging(), "workflow.refusal.phase.merge")
                            : phaseRefusal(phase, phase == RoundPhase.CO_DESIGN, "workflow.refusal.phase.merge-clusters"));
        };
    }


    private static Optional<String> editable(ProposalStatus s, RoundPhase phase) {
        if (s == DRAFT || s == SUBMITTED) {
            return phaseRefusal(phase, phase.allowsDrafting(), "workflow.refusal.phase.drafting");
        }
        if (s == CHANGES_REQUESTED) {
            return phaseRefusal(phase, phase.allowsDrafting() || phase.allowsReview(), "workflow.refusal.phase.changes");
        }
        return Optional.of("workflow.refusal.state.edit");
    }

    private static Optional<String> participant(Actor actor, ProposalDetails p) {
        if (actor.isAdmin() || (actor.has(Role.REPRESENTATIVE) && actor.belongsToAnyOf(p.participatingClusterCodes()))) {
            return Optional.empty();
        }
        return Optional.of("workflow.refusal.not-your-cluster");
    }

    private static Optional<String> lead(Actor actor, ProposalDetails p) {
        if (actor.isAdmin() || (actor.has(Role.REPRESENTATIVE)
                && actor.clusterCodes().contains(p.content().leadClusterCode()))) {
            return Optional.empty();
        }
        return Optional.of("workflow.refusal.lead-only");
    }

    private static Optional<String> invited(Actor actor, ProposalDetails p) {
        if (actor.has(Role.REPRESENTATIVE) && actor.belongsToAnyOf(p.pendingClusterCodes())) {
            return Optional.empty();
        }
        return Optional.of("workflow.refusal.no-invitation");
    }

    private static Optional<String> staff(Actor actor) {
        return actor.isRegionStaff() ? Optional.empty() : Optional.of("workflow.refusal.staff-only");
    }

    private static Optional<String> state(boolean allowed, String key) {
        return allowed ? Optional.empty() : Optional.of(key);
    }

    private static Optional<String> phaseRefusal(RoundPhase phase, boolean allowed, String key) {
        if (phase.closed()) {
            return Optional.of("workflow.refusal.round-closed");
        }
        return allowed ? Optional.empty() : Optional.of(key);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... checks) {
        for (Optional<String> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}
