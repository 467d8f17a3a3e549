package it.lombardia.codesign.proposal;

import java.time.Instant;

/** A proposal as stored: its content, state, lock version and who created and last changed it. */
public record ProposalDetails(long id, long roundId, ProposalStatus status, long version, ProposalContent content,
                              String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                              Instant submittedAt) {
}
