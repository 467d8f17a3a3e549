package it.lombardia.codesign.proposal;

import java.time.Instant;
import java.util.Set;

/**
 * A proposal as published outside the app's pages (documents, open data, charts): what it says,
 * who proposes it (lead and the co-proposers who accepted), where it stands and when it was
 * submitted and decided. Nothing internal: no reviewer notes, no pending invitations, no authors.
 */
public record ProposalRecord(long id, long roundId, ProposalKind kind, ProposalStatus status, String title,
                             String description, String ecosystemImpact, String territorialImpact, Integer trlMin,
                             Integer trlMax, String leadClusterCode, Set<String> coProposerClusterCodes,
                             Set<String> ecosystemCodes, Set<String> pnrrComponentCodes, Set<Integer> sdgNumbers,
                             Set<String> horizonClusterCodes, Long targetMacroThemeId, Long targetPriorityId,
                             Long mergedIntoId, Instant createdAt, Instant submittedAt, Instant decidedAt) {

    public ProposalRecord {
        coProposerClusterCodes = Set.copyOf(coProposerClusterCodes);
        ecosystemCodes = Set.copyOf(ecosystemCodes);
        pnrrComponentCodes = Set.copyOf(pnrrComponentCodes);
        sdgNumbers = Set.copyOf(sdgNumbers);
        horizonClusterCodes = Set.copyOf(horizonClusterCodes);
    }

    /** Lead and co-proposers. */
    public Set<String> clusterCodes() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        all.add(leadClusterCode);
        all.addAll(coProposerClusterCodes);
        return all;
    }
}
