package it.lombardia.codesign.proposal;

/** An invited cluster accepted or declined to co-propose a proposal. */
public record CoProposerAnswered(long proposalId, String title, String leadClusterCode, String clusterCode,
                                 boolean accepted, String answeredBy) {
}
