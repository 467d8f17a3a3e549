package it.lombardia.codesign.programme;

import it.lombardia.codesign.shared.Bilingual;
import java.util.Locale;
import java.util.Set;

/**
 * A priority with everything it links to. Its ecosystems are those of its macro-theme. {@code carryOver}
 * is set on priorities of an edition in preparation that were copied from the adopted one, else null.
 * The {@code ...It} texts are the Italian versions of the texts as written, null where there is none.
 */
public record PriorityContent(long id, long macroThemeId, String title, String description, String ecosystemImpact,
                              String territorialImpact, int trlMin, int trlMax, int displayOrder,
                              Set<String> ecosystemCodes, Set<String> pnrrComponentCodes, Set<Integer> sdgNumbers,
                              Set<String> horizonClusterCodes, Set<String> proposerClusterCodes,
                              Long derivedFromId, Long originProposalId, CarryOver carryOver,
                              String titleIt, String descriptionIt, String ecosystemImpactIt,
                              String territorialImpactIt) {

    /** The title in the language of the page: the Italian version on Italian pages where there is one. */
    public String title(Locale locale) {
        return Bilingual.pick(locale, title, titleIt);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, description, descriptionIt);
    }

    public String ecosystemImpact(Locale locale) {
        return Bilingual.pick(locale, ecosystemImpact, ecosystemImpactIt);
    }

    public String territorialImpact(Locale locale) {
        return Bilingual.pick(locale, territorialImpact, territorialImpactIt);
    }
}
