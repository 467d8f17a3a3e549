package it.lombardia.codesign.proposal;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to a proposal and every version of its content. A proposal that others were merged
 * into shows their history too. Whoever may read the proposal ({@link ProposalVisibility}) reads
 * them; for anyone else the proposal is not found.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProposalHistory {

    private final ProposalRepository proposals;
    private final ProposalEventRepository events;
    private final ProposalVersionRepository versions;
    private final ProposalRecorder recorder;
    private final CurrentActor currentActor;

    ProposalHistory(ProposalRepository proposals, ProposalEventRepository events, ProposalVersionRepository versions,
                    ProposalRecorder recorder, CurrentActor currentActor) {
        this.currentActor = currentActor;
        this.proposals = proposals;
        this.events = events;
        this.versions = versions;
        this.recorder = recorder;
    }

    /** The proposal's history and that of every proposal merged into it, oldest first. */
    public List<HistoryEntry> history(long proposalId) {
        requireReadable(proposalId);
        return events.findByProposalIdInOrderByOccurredAtAscIdAsc(withMergedSources(proposalId)).stream()
                .map(ProposalEvent::entry)
                .toList();
    }

    /**
     * Writes into the proposal's history that a working-group meeting decided about it, in the caller's
     * transaction. The meeting feature calls it after its own checks (only its note-takers record
     * decisions); the meeting is named by title and route, as this feature knows nothing of meetings.
     */
    @Transactional
    public void recordMeetingDecision(long proposalId, String decision, String meetingTitle, String link,
                                      String actor, Instant at) {
        record(new ProposalEvent(proposalId, HistoryKind.MEETING_DECISION, actor, at).reason(decision)
                .source(meetingTitle, link));
    }

    /** Writes that a meeting's decision about the proposal was withdrawn; {@code reason} may be null. */
    @Transactional
    public void recordMeetingDecisionWithdrawn(long proposalId, String decision, String reason, String meetingTitle,
                                               String link, String actor, Instant at) {
        record(new ProposalEvent(proposalId, HistoryKind.MEETING_DECISION_WITHDRAWN, actor, at).reason(decision)
                .note(reason).source(meetingTitle, link));
    }

    private void record(ProposalEvent event) {
        if (!proposals.existsById(event.entry().proposalId())) {
            throw new TranslatableException("error.proposal.not-found");
        }
        recorder.history(event);
    }

    /** The ids of the proposals merged, directly or not, into this one. */
    public List<Long> mergedSources(long proposalId) {
        requireReadable(proposalId);
        List<Long> all = new ArrayList<>(withMergedSources(proposalId));
        all.remove(Long.valueOf(proposalId));
        return all;
    }

    public List<VersionView> versions(long proposalId) {
        requireReadable(proposalId);
        return versions.findByProposalIdOrderByNumberAsc(proposalId).stream().map(v -> view(proposalId, v)).toList();
    }

    public VersionView version(long proposalId, int number) {
        requireReadable(proposalId);
        return versions.findByProposalIdAndNumber(proposalId, number).map(v -> view(proposalId, v))
                .orElseThrow(() -> new TranslatableException("error.proposal.no-such-version"));
    }

    public Optional<VersionView> latestVersion(long proposalId) {
        requireReadable(proposalId);
        return versions.findFirstByProposalIdOrderByNumberDesc(proposalId).map(v -> view(proposalId, v));
    }

    private void requireReadable(long proposalId) {
        Actor actor = currentActor.require();
        proposals.findById(proposalId).map(Proposal::details).filter(p -> ProposalVisibility.mayRead(actor, p))
                .orElseThrow(() -> new TranslatableException("error.proposal.not-found"));
    }

    private Set<Long> withMergedSources(long proposalId) {
        Set<Long> all = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(proposalId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (all.add(id)) {
                todo.addAll(proposals.findIdsByMergedIntoId(id));
            }
        }
        return all;
    }

    private VersionView view(long proposalId, ProposalVersion v) {
        return new VersionView(proposalId, v.getNumber(), v.getStatus(), recorder.read(v.getContentJson()),
                v.getSavedBy(), v.getSavedAt());
    }
}
