package it.lombardia.codesign.proposal;

import java.time.Instant;

/** A saved version of a proposal, numbered from 1 within the proposal. */
public record VersionView(long proposalId, int number, ProposalStatus status, ProposalContent content,
                          String savedBy, Instant savedAt) {
}
