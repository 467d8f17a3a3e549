package it.lombardia.codesign.proposal;

import java.time.Instant;

/**
 * One thing that happened to a proposal: who, when, and the reason where one was needed. Entries
 * of proposals merged into this one keep their own {@code proposalId}.
 */
public record HistoryEntry(long proposalId, HistoryKind kind, ProposalStatus from, ProposalStatus to, String actor,
                           Instant at, String reason, String clusterCode, Long relatedProposalId,
                           Integer versionNumber) {
}
