package it.lombardia.codesign.proposal;

import java.util.Set;

/**
 * What the proposing clusters write: the same content fields as the macro-theme or priority it
 * proposes, plus who proposes it and what it targets. Field names are the form's field names.
 */
public record ProposalContent(
        ProposalKind kind,
        String leadClusterCode,
        Set<String> coClusterCodes,
        Long targetMacroThemeId,
        Long targetPriorityId,
        String title,
        String description,
        String ecosystemImpact,
        String territorialImpact,
        Integer trlMin,
        Integer trlMax,
        Set<String> ecosystemCodes,
        Set<String> pnrrComponentCodes,
        Set<Integer> sdgNumbers,
        Set<String> horizonClusterCodes) {

    public ProposalContent {
        coClusterCodes = copy(coClusterCodes);
        ecosystemCodes = copy(ecosystemCodes);
        pnrrComponentCodes = copy(pnrrComponentCodes);
        sdgNumbers = copy(sdgNumbers);
        horizonClusterCodes = copy(horizonClusterCodes);
    }

    /** Lead and co-proposing clusters together. */
    public Set<String> allClusterCodes() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        if (leadClusterCode != null) {
            all.add(leadClusterCode);
        }
        all.addAll(coClusterCodes);
        return all;
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
