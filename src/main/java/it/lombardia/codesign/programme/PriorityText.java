package it.lombardia.codesign.programme;

import java.util.Set;

/** What a priority says and links to, as written by the clusters that propose it. */
public record PriorityText(String title, String description, String ecosystemImpact, String territorialImpact,
                           int trlMin, int trlMax, Set<String> pnrrComponentCodes, Set<Integer> sdgNumbers,
                           Set<String> horizonClusterCodes, Set<String> proposerClusterCodes) {

    public PriorityText {
        pnrrComponentCodes = Set.copyOf(pnrrComponentCodes);
        sdgNumbers = Set.copyOf(sdgNumbers);
        horizonClusterCodes = Set.copyOf(horizonClusterCodes);
        proposerClusterCodes = Set.copyOf(proposerClusterCodes);
    }
}
