package it.lombardia.codesign.proposal;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's proposals as records to publish, count and chart, with what happened to them, as far as
 * the signed-in user may read them ({@link ProposalVisibility}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RoundProposals {

    private final ProposalRepository proposals;
    private final ProposalEventRepository events;
    private final CurrentActor currentActor;

    RoundProposals(ProposalRepository proposals, ProposalEventRepository events, CurrentActor currentActor) {
        this.proposals = proposals;
        this.events = events;
        this.currentActor = currentActor;
    }

    /** The round's proposals the signed-in user may read, oldest first. */
    public List<ProposalRecord> of(long roundId) {
        Actor actor = currentActor.require();
        List<ProposalDetails> visible = proposals.findAll(ProposalSpecifications.matching(ProposalFilter.ofRound(roundId))
                        .and(ProposalVisibility.readableBy(actor)))
                .stream().map(Proposal::details)
                .sorted(Comparator.comparing(ProposalDetails::id))
                .toList();
        Map<Long, Instant> decided = decisionTimes(visible.stream().map(ProposalDetails::id).toList());
        return visible.stream().map(p -> record(p, decided.get(p.id()))).toList();
    }

    /** Every state change of the round's proposals the signed-in user may read, oldest first. */
    public List<StatusChange> statusChanges(long roundId) {
        List<Long> ids = of(roundId).stream().map(ProposalRecord::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return events.findByProposalIdInOrderByOccurredAtAscIdAsc(ids).stream()
                .map(ProposalEvent::entry)
                .filter(e -> e.kind() == HistoryKind.TRANSITION && e.to() != null)
                .map(e -> new StatusChange(e.proposalId(), e.from(), e.to(), e.at()))
                .toList();
    }

    /** When each proposal reached its final state (the last such change). */
    private Map<Long, Instant> decisionTimes(List<Long> ids) {
        Map<Long, Instant> decided = new HashMap<>();
        if (ids.isEmpty()) {
            return decided;
        }
        for (ProposalEvent event : events.findByProposalIdInOrderByOccurredAtAscIdAsc(ids)) {
            HistoryEntry e = event.entry();
            if (e.kind() == HistoryKind.TRANSITION && e.to() != null && e.to().isFinal()) {
                decided.put(e.proposalId(), e.at());
            }
        }
        return decided;
    }

    private static ProposalRecord record(ProposalDetails p, Instant decidedAt) {
        ProposalContent c = p.content();
        Set<String> co = new LinkedHashSet<>(p.participatingClusterCodes());
        co.remove(c.leadClusterCode());
        return new ProposalRecord(p.id(), p.roundId(), c.kind(), p.status(), c.title(), c.description(),
                c.ecosystemImpact(), c.territorialImpact(), c.trlMin(), c.trlMax(), c.leadClusterCode(), co,
                c.ecosystemCodes(), c.pnrrComponentCodes(), c.sdgNumbers(), c.horizonClusterCodes(),
                c.targetMacroThemeId(), c.targetPriorityId(), p.mergedIntoId(), p.createdAt(), p.submittedAt(),
                p.status().isFinal() ? decidedAt : null);
    }
}
