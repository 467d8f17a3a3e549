package it.lombardia.codesign.proposal;

/** The lead cluster of a proposal invited another cluster to co-propose it. */
public record CoProposerInvited(long proposalId, String title, String leadClusterCode, String invitedClusterCode,
                                String invitedBy) {
}
