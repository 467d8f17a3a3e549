package it.lombardia.codesign.catalog;

import it.lombardia.codesign.shared.Bilingual;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One of the 9 Lombardy Technology Clusters with the facts the sources give. Member counts are
 * null where no source gives a figure. {@code ecosystemCodes} are the cluster's reference
 * ecosystems; {@code synergyEcosystemCodes} the S3 ecosystems its synergy sections name, a
 * different fact that may include ecosystems it does not work in as a reference.
 */
public record TechCluster(
        String code,
        String acronym,
        String nameEn,
        String nameIt,
        List<TechnologyArea> areas,
        Set<String> ecosystemCodes,
        Set<String> synergyEcosystemCodes,
        String headquarters,
        String website,
        Integer membersTotal,
        Integer membersCompanies,
        Integer membersResearch,
        Integer membersOther,
        String summaryEn,
        String summaryIt,
        List<Affiliation> affiliations,
        List<String> pnrrComponentCodes) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameIt);
    }

    /** Short label for grids and matrices: the acronym, or the first technology area where there is none. */
    public String shortLabel(Locale locale) {
        if (acronym != null) {
            return acronym;
        }
        return areas.isEmpty() ? code : areas.getFirst().name(locale);
    }

    public String summary(Locale locale) {
        return Bilingual.pick(locale, summaryEn, summaryIt);
    }

    public List<Affiliation> projects() {
        return affiliations.stream().filter(a -> a.kind() == Affiliation.Kind.PROJECT).toList();
    }

    public List<Affiliation> networks() {
        return affiliations.stream().filter(a -> a.kind() == Affiliation.Kind.NETWORK).toList();
    }

    public record TechnologyArea(String nameEn, String nameIt) {
        public String name(Locale locale) {
            return Bilingual.pick(locale, nameEn, nameIt);
        }
    }

    /** An EU project or an international network the cluster takes part in. */
    public record Affiliation(Kind kind, String name, String programme) {
        public enum Kind { PROJECT, NETWORK }
    }
}
