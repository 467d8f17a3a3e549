package it.lombardia.codesign.proposal;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing and finding proposals. Every change is checked here, whatever the view did:
 * the actor's role and clusters, the proposal's state, the round's phase (see {@link ProposalWorkflow}),
 * the lock version and the content rules. State changes are in {@link ProposalLifecycle}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProposalService {

    private final ProposalRepository proposals;
    private final ProposalRules rules;
    private final CurrentActor currentActor;
    private final RoundService rounds;
    private final ProgrammeService programme;
    private final CatalogService catalog;
    private final ProposalRecorder recorder;
    private final ProposalCounts counts;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ProposalRules rules, CurrentActor currentActor, RoundService rounds,
                    ProgrammeService programme, CatalogService catalog, ProposalRecorder recorder,
                    ProposalCounts counts, Clock clock) {
        this.counts = counts;
        this.recorder = recorder;
        this.proposals = proposals;
        this.rules = rules;
        this.currentActor = currentActor;
        this.rounds = rounds;
        this.programme = programme;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The proposals matching the filter that the signed-in user may read (see {@link ProposalVisibility}). */
    @Transactional(readOnly = true)
    public Page<ProposalSummary> search(ProposalFilter filter, Pageable pageable) {
        return proposals.findAll(readable(filter), pageable).map(Proposal::summary);
    }

    @Transactional(readOnly = true)
    public long count(ProposalFilter filter) {
        return proposals.count(readable(filter));
    }

    /**
     * The proposal, if the signed-in user may read it. One the user may not read is "not found", like
     * one that does not exist: a competitor must not even learn that another cluster's draft is there.
     */
    @Transactional(readOnly = true)
    public Optional<ProposalDetails> find(long id) {
        Actor actor = currentActor.require();
        return proposals.findById(id).map(Proposal::details).filter(p -> ProposalVisibility.mayRead(actor, p));
    }

    private Specification<Proposal> readable(ProposalFilter filter) {
        return ProposalSpecifications.matching(filter).and(ProposalVisibility.readableBy(currentActor.require()));
    }

    @Transactional
    public ProposalDetails create(long roundId, ProposalContent content) {
        Actor actor = currentActor.require();
        RoundSummary round = rounds.round(roundId)
                .orElseThrow(() -> new TranslatableException("error.round.not-found"));
        ProposalWorkflow.refusalToCreate(actor, round.phase()).ifPresent(ProposalService::refuse);
        rules.require(content, round.editionId());
        if (!actor.isAdmin() && !actor.clusterCodes().contains(content.leadClusterCode())) {
            throw new NotPermittedException("error.proposal.lead-yours");
        }
        Instant now = clock.instant();
        Proposal proposal = new Proposal(roundId, actor.username(), now);
        proposal.apply(content, actor.username(), now);
        // Saved before the invitations are added: persisting both at once left a later decline unable to drop
        // the cluster from the co-proposers (ProposalLifecycleTransitionsTest shows it).
        proposal = proposals.saveAndFlush(proposal);
        Proposal.InvitationChanges invitations = proposal.reconcileInvitations(actor.username(), now, false);
        proposal = proposals.saveAndFlush(proposal);
        int version = recorder.version(proposal, actor.username(), now).orElse(1);
        recorder.history(new ProposalEvent(proposal.getId(), HistoryKind.CREATED, actor.username(), now).version(version));
        announce(proposal, invitations, actor.username(), now);
        recorder.audit(actor.username(), proposal, "create", null);
        return proposal.details();
    }

    /**
     * Saves new content. Representatives of the participating clusters may edit; only the lead's
     * change who proposes: newly named clusters are invited, dropped ones' invitations cancelled.
     */
    @Transactional
    public ProposalDetails save(long id, long expectedVersion, ProposalContent content) {
        Actor actor = currentActor.require();
        Proposal proposal = load(id);
        ProposalDetails before = proposal.details();
        RoundSummary round = roundOf(proposal);
        ProposalWorkflow.refusal(actor, ProposalAction.EDIT, before, round.phase()).ifPresent(ProposalService::refuse);
        if (proposal.getVersion() != expectedVersion) {
            throw new ProposalConflictException(before);
        }
        rules.require(content, round.editionId());
        boolean proposersChanged = !content.leadClusterCode().equals(before.content().leadClusterCode())
                || !content.coClusterCodes().equals(before.content().coClusterCodes());
        if (proposersChanged) {
            ProposalWorkflow.refusal(actor, ProposalAction.INVITE, before, round.phase())
                    .ifPresent(key -> refuse("error.proposal.proposers-lead-only"));
            if (!actor.isAdmin() && !actor.clusterCodes().contains(content.leadClusterCode())) {
                throw new NotPermittedException("error.proposal.lead-yours");
            }
        }
        Instant now = clock.instant();
        proposal.apply(content, actor.username(), now);
        Proposal.InvitationChanges invitations = proposal.reconcileInvitations(actor.username(), now, false);
        proposal = proposals.saveAndFlush(proposal);
        Optional<Integer> version = recorder.version(proposal, actor.username(), now);
        if (version.isPresent()) {
            recorder.history(new ProposalEvent(proposal.getId(), HistoryKind.EDITED, actor.username(), now)
                    .version(version.get()));
        }
        announce(proposal, invitations, actor.username(), now);
        recorder.audit(actor.username(), proposal, "update", before);
        return proposal.details();
    }

    private void announce(Proposal proposal, Proposal.InvitationChanges changes, String by, Instant at) {
        for (String code : changes.invited()) {
            recorder.history(new ProposalEvent(proposal.getId(), HistoryKind.INVITED, by, at).cluster(code));
            recorder.publish(new CoProposerInvited(proposal.getId(), proposal.getTitle(), proposal.getLeadClusterCode(),
                    code, by));
        }
        for (String code : changes.cancelled()) {
            recorder.history(new ProposalEvent(proposal.getId(), HistoryKind.INVITATION_CANCELLED, by, at).cluster(code));
        }
    }

    /** Why the signed-in user may not edit the proposal (a message key), or empty when they may. */
    @Transactional(readOnly = true)
    public Optional<String> whyReadOnly(ProposalDetails proposal) {
        Optional<Actor> actor = currentActor.find();
        if (actor.isEmpty()) {
            return Optional.of("workflow.refusal.not-your-cluster");
        }
        RoundPhase phase = rounds.round(proposal.roundId()).map(RoundSummary::phase).orElse(RoundPhase.CLOSED);
        return ProposalWorkflow.refusal(actor.get(), ProposalAction.EDIT, proposal, phase);
    }

    /** Whether the signed-in user may start a proposal at all. */
    @Transactional(readOnly = true)
    public boolean mayCreate() {
        Optional<RoundPhase> phase = rounds.openRound().map(RoundSummary::phase);
        return phase.isPresent() && currentActor.find()
                .filter(actor -> ProposalWorkflow.refusalToCreate(actor, phase.get()).isEmpty()).isPresent();
    }

    /** The clusters the signed-in user may propose for: all of them for administrators. */
    @Transactional(readOnly = true)
    public List<String> clustersForCurrentUser() {
        Actor actor = currentActor.require();
        return catalog.clusters().stream().map(TechCluster::code)
                .filter(code -> actor.isAdmin() || actor.clusterCodes().contains(code))
                .toList();
    }

    /** The adopted edition a round's proposals may target. */
    @Transactional(readOnly = true)
    public Optional<EditionSummary> baseEditionOf(long roundId) {
        return rounds.round(roundId).flatMap(r -> programme.baseEditionFor(r.editionId()));
    }

    /** The round's proposals the signed-in user may read, counted by status (every status, zero included). */
    @Transactional(readOnly = true)
    public Map<ProposalStatus, Long> countsByStatus(long roundId) {
        return counts.byStatus(readable(ProposalFilter.ofRound(roundId)));
    }

    private Proposal load(long id) {
        return proposals.findById(id).orElseThrow(() -> new TranslatableException("error.proposal.not-found"));
    }

    private RoundSummary roundOf(Proposal proposal) {
        return rounds.round(proposal.getRoundId())
                .orElseThrow(() -> new TranslatableException("error.round.not-found"));
    }

    static void refuse(String key) {
        throw new NotPermittedException(key);
    }
}
