package it.lombardia.codesign.proposal;

import java.time.Instant;

/** One state change of a proposal, for timelines and throughput figures. */
public record StatusChange(long proposalId, ProposalStatus from, ProposalStatus to, Instant at) {
}
