package it.lombardia.codesign.proposal;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.programme.ApprovedChange;
import it.lombardia.codesign.programme.EditionPreparation;
import it.lombardia.codesign.programme.PriorityText;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's way through the round: submitted, reviewed, sent back for changes, resubmitted,
 * approved or rejected, withdrawn by its cluster, merged into another; and the invited clusters'
 * answers. Every step is checked against {@link ProposalWorkflow} and the lock version, records who,
 * when and why, and changes nothing when refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProposalLifecycle {

    static final int REASON_MAX = 10_000;

    private final ProposalRepository proposals;
    private final ProposalRules rules;
    private final CurrentActor currentActor;
    private final RoundService rounds;
    private final EditionPreparation preparation;
    private final ProposalRecorder recorder;
    private final Clock clock;

    ProposalLifecycle(ProposalRepository proposals, ProposalRules rules, CurrentActor currentActor, RoundService rounds,
                      EditionPreparation preparation, ProposalRecorder recorder, Clock clock) {
        this.proposals = proposals;
        this.rules = rules;
        this.currentActor = currentActor;
        this.rounds = rounds;
        this.preparation = preparation;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** For each action, empty when the signed-in user may take it now, else the reason why not. */
    @Transactional(readOnly = true)
    public Map<ProposalAction, Optional<String>> permissions(long proposalId) {
        Proposal proposal = load(proposalId);
        Map<ProposalAction, Optional<String>> result = new EnumMap<>(ProposalAction.class);
        Optional<Actor> actor = currentActor.find();
        RoundPhase phase = phaseOf(proposal);
        ProposalDetails details = proposal.details();
        for (ProposalAction action : ProposalAction.values()) {
            result.put(action, actor.isEmpty() ? Optional.of("workflow.refusal.not-your-cluster")
                    : ProposalWorkflow.refusal(actor.get(), action, details, phase));
        }
        return result;
    }

    @Transactional
    public ProposalDetails submit(long id, long expectedVersion) {
        return move(id, expectedVersion, ProposalAction.SUBMIT, ProposalStatus.SUBMITTED, null, false);
    }

    @Transactional
    public ProposalDetails resubmit(long id, long expectedVersion) {
        return move(id, expectedVersion, ProposalAction.RESUBMIT, ProposalStatus.RESUBMITTED, null, false);
    }

    @Transactional
    public ProposalDetails withdraw(long id, long expectedVersion, String reason) {
        return move(id, expectedVersion, ProposalAction.WITHDRAW, ProposalStatus.WITHDRAWN, reason, true);
    }

    @Transactional
    public ProposalDetails startReview(long id, long expectedVersion) {
        return move(id, expectedVersion, ProposalAction.START_REVIEW, ProposalStatus.UNDER_REVIEW, null, false);
    }

    @Transactional
    public ProposalDetails requestChanges(long id, long expectedVersion, String reason) {
        return move(id, expectedVersion, ProposalAction.REQUEST_CHANGES, ProposalStatus.CHANGES_REQUESTED, reason, true);
    }

    @Transactional
    public ProposalDetails reject(long id, long expectedVersion, String reason) {
        return move(id, expectedVersion, ProposalAction.REJECT, ProposalStatus.REJECTED, reason, true);
    }

    /** Approves, and the edition in preparation takes the proposal's content at once. */
    @Transactional
    public ProposalDetails approve(long id, long expectedVersion, String answer) {
        ProposalDetails approved = move(id, expectedVersion, ProposalAction.APPROVE, ProposalStatus.APPROVED, answer,
                false);
        RoundSummary round = rounds.round(approved.roundId()).orElseThrow();
        preparation.apply(changeOf(approved, round.editionId()), currentActor.require().username());
        return approved;
    }

    /**
     * Merges one proposal into another: the source ends as merged, the target gains the source's
     * clusters and ecosystems as co-proposers that already agreed, and keeps both histories.
     * Returns the target.
     */
    @Transactional
    public ProposalDetails merge(long sourceId, long expectedSourceVersion, long targetId, String reason) {
        Actor actor = currentActor.require();
        Proposal source = load(sourceId);
        Proposal target = load(targetId);
        ProposalDetails sourceBefore = source.details();
        ProposalDetails targetBefore = target.details();
        RoundPhase phase = phaseOf(source);
        ProposalWorkflow.refusal(actor, ProposalAction.MERGE, sourceBefore, phase).ifPresent(ProposalService::refuse);
        targetRefusal(actor, source, target, phase).ifPresent(key -> {
            throw new InvalidInputException(Map.of("target", key));
        });
        if (source.getVersion() != expectedSourceVersion) {
            throw new ProposalConflictException(sourceBefore);
        }
        String why = requireReason(reason);
        Instant now = clock.instant();
        Set<String> sourceClusters = new HashSet<>(source.participatingClusterCodes());
        ProposalStatus from = source.getStatus();
        source.mergeInto(targetId, actor.username(), now);
        target.absorbClusters(sourceClusters, sourceBefore.content().ecosystemCodes(), actor.username(), now);
        proposals.saveAndFlush(source);
        proposals.saveAndFlush(target);
        recorder.transitioned(source, from, actor.username(), now, why, targetId);
        Optional<Integer> version = recorder.version(target, actor.username(), now);
        recorder.history(new ProposalEvent(targetId, HistoryKind.MERGED_IN, actor.username(), now)
                .reason(why).related(sourceId).version(version.orElse(null)));
        recorder.audit(actor.username(), source, "merge", sourceBefore);
        recorder.audit(actor.username(), target, "merge", targetBefore);
        return target.details();
    }

    /**
     * The proposals the signed-in user may merge the given one into now, by title: exactly those that
     * {@link #merge} accepts as target, so that a list offered to choose from never holds a refused one.
     * Empty when the user may not merge this proposal at all.
     */
    @Transactional(readOnly = true)
    public List<ProposalSummary> mergeTargets(long sourceId) {
        Actor actor = currentActor.require();
        Proposal source = load(sourceId);
        RoundPhase phase = phaseOf(source);
        if (ProposalWorkflow.refusal(actor, ProposalAction.MERGE, source.details(), phase).isPresent()) {
            return List.of();
        }
        // Candidates narrowed in the database (the round, not final, readable by the actor) so that a large
        // round is not loaded whole; the merge's own target rule then decides, as merge() does.
        Specification<Proposal> candidates = ProposalSpecifications.matching(ProposalFilter.ofRound(source.getRoundId()))
                .and(ProposalVisibility.readableBy(actor))
                .and((root, query, cb) -> cb.not(root.get("status").in(ProposalStatus.FINAL)));
        return proposals.findAll(candidates, Sort.by("title")).stream()
                .filter(target -> targetRefusal(actor, source, target, phase).isEmpty())
                .map(Proposal::summary)
                .toList();
    }

    /** Why the proposal cannot take the source in (a message key), or empty when the merge may go ahead. */
    private static Optional<String> targetRefusal(Actor actor, Proposal source, Proposal target, RoundPhase phase) {
        if (source.getId().equals(target.getId()) || source.getRoundId() != target.getRoundId()) {
            return Optional.of("workflow.validation.merge-target");
        }
        return ProposalWorkflow.refusal(actor, ProposalAction.MERGE, target.details(), phase);
    }

    /** The signed-in representative answers, for their cluster, the invitation to co-propose. */
    @Transactional
    public ProposalDetails answerInvitation(long id, long expectedVersion, String clusterCode, boolean accept) {
        Actor actor = currentActor.require();
        Proposal proposal = load(id);
        ProposalDetails before = proposal.details();
        ProposalWorkflow.refusal(actor, ProposalAction.ANSWER_INVITATION, before, phaseOf(proposal))
                .ifPresent(ProposalService::refuse);
        if (!actor.clusterCodes().contains(clusterCode) || !before.pendingClusterCodes().contains(clusterCode)) {
            throw new NotPermittedException("workflow.refusal.no-invitation");
        }
        if (proposal.getVersion() != expectedVersion) {
            throw new ProposalConflictException(before);
        }
        Instant now = clock.instant();
        proposal.answerInvitation(clusterCode, accept, actor.username(), now);
        proposals.saveAndFlush(proposal);
        // a declining cluster leaves the co-proposers, which changes the content: that is a new version
        Optional<Integer> version = recorder.version(proposal, actor.username(), now);
        recorder.history(new ProposalEvent(id, accept ? HistoryKind.INVITATION_ACCEPTED : HistoryKind.INVITATION_DECLINED,
                actor.username(), now).cluster(clusterCode).version(version.orElse(null)));
        recorder.publish(new CoProposerAnswered(id, proposal.getTitle(), proposal.getLeadClusterCode(), clusterCode,
                accept, actor.username()));
        recorder.audit(actor.username(), proposal, accept ? "accept-invitation" : "decline-invitation", before);
        return proposal.details();
    }

    private ProposalDetails move(long id, long expectedVersion, ProposalAction action, ProposalStatus to,
                                 String reason, boolean reasonRequired) {
        Actor actor = currentActor.require();
        Proposal proposal = load(id);
        ProposalDetails before = proposal.details();
        ProposalWorkflow.refusal(actor, action, before, phaseOf(proposal)).ifPresent(ProposalService::refuse);
        if (proposal.getVersion() != expectedVersion) {
            throw new ProposalConflictException(before);
        }
        String why = reasonRequired ? requireReason(reason) : optionalReason(reason);
        if (action == ProposalAction.SUBMIT || action == ProposalAction.RESUBMIT) {
            rules.require(proposal.content(), rounds.round(proposal.getRoundId()).orElseThrow().editionId());
        }
        Instant now = clock.instant();
        proposal.transition(to, actor.username(), now);
        proposals.saveAndFlush(proposal);
        recorder.transitioned(proposal, before.status(), actor.username(), now, why, null);
        recorder.audit(actor.username(), proposal, auditAction(action), before);
        return proposal.details();
    }

    private static String auditAction(ProposalAction action) {
        return switch (action) {
            case SUBMIT -> "submit";
            case APPROVE -> "approve";
            case REJECT -> "reject";
            default -> "transition";
        };
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "workflow.validation.reason-required"));
        }
        return optionalReason(reason);
    }

    private static String optionalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new InvalidInputException(Map.of("reason", "workflow.validation.reason-too-long"));
        }
        return reason.strip();
    }

    private static ApprovedChange changeOf(ProposalDetails p, long editionId) {
        ProposalContent c = p.content();
        return switch (c.kind()) {
            case NEW_MACRO_THEME -> new ApprovedChange.NewMacroTheme(editionId, p.id(), c.title(), c.description(),
                    c.ecosystemCodes());
            case NEW_PRIORITY -> new ApprovedChange.NewPriority(editionId, p.id(), c.targetMacroThemeId(), text(p));
            case CHANGE_PRIORITY -> new ApprovedChange.ChangedPriority(editionId, p.id(), c.targetPriorityId(), text(p));
            case RETIRE_PRIORITY -> new ApprovedChange.RetiredPriority(editionId, p.id(), c.targetPriorityId());
        };
    }

    private static PriorityText text(ProposalDetails p) {
        ProposalContent c = p.content();
        return new PriorityText(c.title(), c.description(), c.ecosystemImpact(), c.territorialImpact(),
                c.trlMin() == null ? 1 : c.trlMin(), c.trlMax() == null ? 9 : c.trlMax(), c.pnrrComponentCodes(),
                c.sdgNumbers(), c.horizonClusterCodes(), p.participatingClusterCodes());
    }

    private Proposal load(long id) {
        return proposals.findById(id).orElseThrow(() -> new TranslatableException("error.proposal.not-found"));
    }

    private RoundPhase phaseOf(Proposal proposal) {
        return rounds.round(proposal.getRoundId()).map(RoundSummary::phase).orElse(RoundPhase.CLOSED);
    }
}
