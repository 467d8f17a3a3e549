package it.lombardia.codesign.proposal;

import java.time.Instant;
import java.util.Set;

/**
 * A proposal changed state. {@code clusterCodes} are the lead and the co-proposing clusters that
 * accepted; {@code relatedProposalId} is the proposal a merged one went into.
 */
public record ProposalTransitioned(long proposalId, String title, ProposalStatus from, ProposalStatus to,
                                   String actor, String reason, String leadClusterCode, Set<String> clusterCodes,
                                   Long relatedProposalId, Instant at) {

    public ProposalTransitioned {
        clusterCodes = Set.copyOf(clusterCodes);
    }
}
