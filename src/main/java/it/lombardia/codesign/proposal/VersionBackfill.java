package it.lombardia.codesign.proposal;

import java.time.Instant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals written before versions were kept (or loaded as data) get their current content as
 * version 1 and their creation, and submission when there was one, in their history, so that every
 * proposal can be compared and traced the same way.
 */
@Component
class VersionBackfill {

    private final ProposalRepository proposals;
    private final ProposalVersionRepository versions;
    private final ProposalRecorder recorder;

    VersionBackfill(ProposalRepository proposals, ProposalVersionRepository versions, ProposalRecorder recorder) {
        this.proposals = proposals;
        this.versions = versions;
        this.recorder = recorder;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfill() {
        for (Long id : versions.proposalsWithoutVersions()) {
            Proposal proposal = proposals.findById(id).orElseThrow();
            ProposalDetails d = proposal.details();
            recorder.version(proposal, d.createdBy(), d.createdAt());
            recorder.history(new ProposalEvent(id, HistoryKind.CREATED, d.createdBy(), d.createdAt()).version(1));
            Instant submitted = d.submittedAt();
            if (submitted != null) {
                recorder.history(new ProposalEvent(id, HistoryKind.TRANSITION, d.updatedBy(), submitted)
                        .transition(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED));
            }
        }
    }
}
