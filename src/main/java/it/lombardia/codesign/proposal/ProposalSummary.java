package it.lombardia.codesign.proposal;

import java.time.Instant;
import java.util.Set;

/** A row of the proposals grid. */
public record ProposalSummary(long id, String title, ProposalKind kind, ProposalStatus status, String leadClusterCode,
                              Set<String> coClusterCodes, Set<String> ecosystemCodes, String updatedBy,
                              Instant updatedAt) {
}
