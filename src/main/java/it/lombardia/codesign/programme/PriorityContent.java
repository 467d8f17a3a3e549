package it.lombardia.codesign.programme;

import java.util.Set;

/**
 * A priority with everything it links to. Its ecosystems are those of its macro-theme. {@code carryOver}
 * is set on priorities of an edition in preparation that were copied from the adopted one, else null.
 */
public record PriorityContent(long id, long macroThemeId, String title, String description, String ecosystemImpact,
                              String territorialImpact, int trlMin, int trlMax, int displayOrder,
                              Set<String> ecosystemCodes, Set<String> pnrrComponentCodes, Set<Integer> sdgNumbers,
                              Set<String> horizonClusterCodes, Set<String> proposerClusterCodes,
                              Long derivedFromId, Long originProposalId, CarryOver carryOver) {
}
