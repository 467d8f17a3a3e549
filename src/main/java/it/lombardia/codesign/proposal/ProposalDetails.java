package it.lombardia.codesign.proposal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A proposal as stored: its content, state, lock version, who created and last changed it, the
 * invitations to co-propose and, once merged, the proposal it went into.
 */
public record ProposalDetails(long id, long roundId, ProposalStatus status, long version, ProposalContent content,
                              String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                              Instant submittedAt, Long mergedIntoId, List<InvitationView> invitations) {

    public ProposalDetails {
        invitations = List.copyOf(invitations);
    }

    /** The lead cluster and the clusters that accepted to co-propose: who may work on the proposal. */
    public Set<String> participatingClusterCodes() {
        Set<String> all = new LinkedHashSet<>();
        all.add(content.leadClusterCode());
        invitations.stream().filter(i -> i.status() == InvitationStatus.ACCEPTED)
                .forEach(i -> all.add(i.clusterCode()));
        return all;
    }

    /** Clusters invited that have not answered yet. */
    public Set<String> pendingClusterCodes() {
        Set<String> pending = new LinkedHashSet<>();
        invitations.stream().filter(i -> i.status() == InvitationStatus.PENDING)
                .forEach(i -> pending.add(i.clusterCode()));
        return pending;
    }
}
