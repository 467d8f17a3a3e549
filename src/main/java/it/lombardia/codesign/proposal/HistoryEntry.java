package it.lombardia.codesign.proposal;

import java.time.Instant;

/**
 * One thing that happened to a proposal: who, when, and the reason where one was needed. Entries
 * of proposals merged into this one keep their own {@code proposalId}. Entries another feature
 * recorded (a meeting's decision) name where it happened: {@code sourceTitle} and the app route
 * {@code sourceLink}; {@code reason} is then the decision and {@code note} the reason of its withdrawal.
 */
public record HistoryEntry(long proposalId, HistoryKind kind, ProposalStatus from, ProposalStatus to, String actor,
                           Instant at, String reason, String clusterCode, Long relatedProposalId,
                           Integer versionNumber, String sourceTitle, String sourceLink, String note) {
}
