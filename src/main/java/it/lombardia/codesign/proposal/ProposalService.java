package it.lombardia.codesign.proposal;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing, submitting and finding proposals. Every change is checked here, whatever the
 * view did: the actor's role and clusters, the proposal's state, the round, the lock version and
 * the content rules.
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
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ProposalRules rules, CurrentActor currentActor, RoundService rounds,
                    ProgrammeService programme, CatalogService catalog, Clock clock) {
        this.proposals = proposals;
        this.rules = rules;
        this.currentActor = currentActor;
        this.rounds = rounds;
        this.programme = programme;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ProposalSummary> search(ProposalFilter filter, Pageable pageable) {
        return proposals.findAll(ProposalSpecifications.matching(filter), pageable).map(Proposal::summary);
    }

    @Transactional(readOnly = true)
    public long count(ProposalFilter filter) {
        return proposals.count(ProposalSpecifications.matching(filter));
    }

    @Transactional(readOnly = true)
    public Optional<ProposalDetails> find(long id) {
        return proposals.findById(id).map(Proposal::details);
    }

    @Transactional
    public ProposalDetails create(long roundId, ProposalContent content) {
        Actor actor = currentActor.require();
        if (!ProposalPolicy.mayCreateAny(actor)) {
            throw new NotPermittedException("error.proposal.not-permitted");
        }
        RoundSummary round = requireOpenRound(roundId);
        validate(content, round);
        if (!ProposalPolicy.mayChange(actor, content.allClusterCodes())) {
            throw new NotPermittedException("error.proposal.not-your-cluster");
        }
        Proposal proposal = new Proposal(roundId, actor.username(), clock.instant());
        proposal.apply(content, actor.username(), clock.instant());
        return proposals.saveAndFlush(proposal).details();
    }

    @Transactional
    public ProposalDetails save(long id, long expectedVersion, ProposalContent content) {
        Actor actor = currentActor.require();
        Proposal proposal = requireChangeable(actor, id, expectedVersion);
        validate(content, requireOpenRound(proposal.getRoundId()));
        if (!ProposalPolicy.mayChange(actor, content.allClusterCodes())) {
            throw new NotPermittedException("error.proposal.keep-your-cluster");
        }
        proposal.apply(content, actor.username(), clock.instant());
        return proposals.saveAndFlush(proposal).details();
    }

    @Transactional
    public ProposalDetails submit(long id, long expectedVersion) {
        Actor actor = currentActor.require();
        Proposal proposal = requireChangeable(actor, id, expectedVersion);
        validate(proposal.content(), requireOpenRound(proposal.getRoundId()));
        proposal.submit(actor.username(), clock.instant());
        return proposals.saveAndFlush(proposal).details();
    }

    /** Why the signed-in user may not change the proposal (a message key), or empty when they may. */
    @Transactional(readOnly = true)
    public Optional<String> whyReadOnly(ProposalDetails proposal) {
        Optional<Actor> actor = currentActor.find();
        if (actor.isEmpty() || !ProposalPolicy.mayChange(actor.get(), proposal.content().allClusterCodes())) {
            return Optional.of("proposal.read-only.not-yours");
        }
        if (proposal.status() != ProposalStatus.DRAFT) {
            return Optional.of("proposal.read-only.submitted");
        }
        if (rounds.round(proposal.roundId()).filter(RoundSummary::open).isEmpty()) {
            return Optional.of("proposal.read-only.round-closed");
        }
        return Optional.empty();
    }

    /** Whether the signed-in user may start a proposal at all. */
    @Transactional(readOnly = true)
    public boolean mayCreate() {
        return currentActor.find().filter(ProposalPolicy::mayCreateAny).isPresent();
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

    @Transactional(readOnly = true)
    public Map<ProposalStatus, Long> countsByStatus(long roundId) {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : proposals.countByStatus(roundId)) {
            counts.put((ProposalStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Cluster code to ecosystem code to the number of proposals the cluster leads or co-proposes there. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> clusterEcosystemMatrix(long roundId) {
        Map<String, Map<String, Long>> matrix = new TreeMap<>();
        for (List<Object[]> rows : List.of(proposals.countLeadByEcosystem(roundId),
                proposals.countCoProposedByEcosystem(roundId))) {
            for (Object[] row : rows) {
                matrix.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                        .merge((String) row[1], (Long) row[2], Long::sum);
            }
        }
        return matrix;
    }

    private Proposal requireChangeable(Actor actor, long id, long expectedVersion) {
        Proposal proposal = proposals.findById(id)
                .orElseThrow(() -> new TranslatableException("error.proposal.not-found"));
        if (!ProposalPolicy.mayChange(actor, proposal.allClusterCodes())) {
            throw new NotPermittedException("error.proposal.not-your-cluster");
        }
        if (proposal.getVersion() != expectedVersion) {
            throw new ProposalConflictException(proposal.details());
        }
        if (proposal.getStatus() != ProposalStatus.DRAFT) {
            throw new TranslatableException("error.proposal.not-draft");
        }
        return proposal;
    }

    private RoundSummary requireOpenRound(long roundId) {
        RoundSummary round = rounds.round(roundId)
                .orElseThrow(() -> new TranslatableException("error.round.not-found"));
        if (!round.open()) {
            throw new TranslatableException("error.round.not-open");
        }
        return round;
    }

    private void validate(ProposalContent content, RoundSummary round) {
        Optional<Long> base = programme.baseEditionFor(round.editionId()).map(EditionSummary::id);
        Map<String, String> errors = rules.check(content, base);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
