package it.lombardia.codesign.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reference data that the Flyway migrations V1/V2 load in every profile, as the catalog
 * service exposes it. Figures are those of /work/shared/DOMAIN.md.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class CatalogServiceTest {

    private static final String AM = "ADVANCED_MANUFACTURING";
    private static final String NU = "NUTRITION";
    private static final String HL = "HEALTH_LIFE_SCIENCE";
    private static final String CK = "CULTURE_KNOWLEDGE";
    private static final String CI = "CONNECTIVITY_INFORMATION";
    private static final String SM = "SMART_MOBILITY_ARCHITECTURE";
    private static final String SU = "SUSTAINABILITY";
    private static final String SD = "SOCIAL_DEVELOPMENT";

    @Autowired
    CatalogService catalog;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void eightEcosystemsInDisplayOrderWithEnglishAndItalianNames() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(AM, List.of("Advanced Manufacturing", "Manifattura avanzata"));
        expected.put(NU, List.of("Nutrition", "Nutrizione"));
        expected.put(HL, List.of("Health and Life Science", "Salute e Life Science"));
        expected.put(CK, List.of("Culture and Knowledge", "Cultura e Conoscenza"));
        expected.put(CI, List.of("Connectivity and Information", "Connettività e Informazione"));
        expected.put(SM, List.of("Smart Mobility and Architecture", "Smart Mobility e Architettura"));
        expected.put(SU, List.of("Sustainability", "Sostenibilità"));
        expected.put(SD, List.of("Social Development", "Sviluppo Sociale"));

        List<Ecosystem> ecosystems = catalog.ecosystems();

        assertThat(ecosystems).hasSize(8);
        assertThat(ecosystems).extracting(Ecosystem::code).containsExactlyElementsOf(expected.keySet());
        for (Ecosystem e : ecosystems) {
            assertThat(List.of(e.nameEn(), e.nameIt())).as(e.code()).isEqualTo(expected.get(e.code()));
        }
        Ecosystem sustainability = catalog.ecosystem(SU).orElseThrow();
        assertThat(sustainability.name(Locale.ITALIAN)).isEqualTo("Sostenibilità");
        assertThat(sustainability.name(Locale.ENGLISH)).isEqualTo("Sustainability");
        assertThat(catalog.isEcosystem(SU)).isTrue();
        assertThat(catalog.isEcosystem("Sustainability")).isFalse();
        assertThat(catalog.ecosystem("ATLANTIS")).isEmpty();
    }

    @Test
    void nineClustersWithTheirCodesAndAcronyms() {
        List<TechCluster> clusters = catalog.clusters();

        assertThat(clusters).hasSize(9);
        assertThat(clusters).extracting(TechCluster::code)
                .containsExactly("AFIL", "CATAL", "CLM", "LSC", "TAV", "SCC", "LAC", "LE2C", "LGCA");
        assertThat(clusters).extracting(TechCluster::acronym)
                .containsExactly("AFIL", "CAT.AL", "CLM", null, "TAV", "SCC", "LAC", "LE2C", "LGCA");
        assertThat(catalog.isCluster("LE2C")).isTrue();
        assertThat(catalog.isCluster("CAT.AL")).as("the acronym is not the key").isFalse();
        assertThat(catalog.isCluster("NOPE")).isFalse();
    }

    @Test
    void afilHas144MembersSplit116CompaniesAnd14ResearchAnd14Other() {
        TechCluster afil = catalog.cluster("AFIL").orElseThrow();

        assertThat(afil.membersTotal()).isEqualTo(144);
        assertThat(afil.membersCompanies()).isEqualTo(116);
        assertThat(afil.membersResearch()).isEqualTo(14);
        assertThat(afil.membersOther()).isEqualTo(14);
        assertThat(afil.membersCompanies() + afil.membersResearch() + afil.membersOther())
                .isEqualTo(afil.membersTotal());
    }

    @Test
    void memberCountsOfTheOtherClustersAsTheSourcesGiveThem() {
        // code -> total, companies, research, other (DOMAIN.md)
        Map<String, List<Integer>> expected = Map.of(
                "CATAL", List.of(14, 4, 4, 6),
                "CLM", List.of(83, 70, 4, 9),
                "LSC", List.of(114, 63, 36, 15),
                "TAV", List.of(31, 9, 13, 9),
                "SCC", List.of(88, 69, 11, 8),
                "LAC", List.of(114, 106, 6, 2),
                "LE2C", List.of(140, 104, 10, 26));
        expected.forEach((code, figures) -> {
            TechCluster c = catalog.cluster(code).orElseThrow();
            assertThat(List.of(c.membersTotal(), c.membersCompanies(), c.membersResearch(), c.membersOther()))
                    .as(code).isEqualTo(figures);
            assertThat(c.membersCompanies() + c.membersResearch() + c.membersOther()).as(code)
                    .isEqualTo(c.membersTotal());
        });
    }

    @Test
    void lgcaMemberCountsAreUnknownNotZero() {
        TechCluster lgca = catalog.cluster("LGCA").orElseThrow();

        assertThat(lgca.membersTotal()).isNull();
        assertThat(lgca.membersCompanies()).isNull();
        assertThat(lgca.membersResearch()).isNull();
        assertThat(lgca.membersOther()).isNull();
    }

    @Test
    void lifeSciencesClusterHasNoAcronymAndIsLabelledByItsArea() {
        TechCluster lsc = catalog.cluster("LSC").orElseThrow();

        assertThat(lsc.acronym()).isNull();
        assertThat(lsc.nameEn()).isEqualTo("Lombardy Life Sciences Cluster");
        assertThat(lsc.nameIt()).isEqualTo("Cluster Lombardo Scienze della Vita");
        assertThat(lsc.shortLabel(Locale.ENGLISH)).isEqualTo("Life Sciences");
        assertThat(lsc.shortLabel(Locale.ITALIAN)).isEqualTo("Scienze della vita");
        assertThat(catalog.cluster("CATAL").orElseThrow().shortLabel(Locale.ENGLISH)).isEqualTo("CAT.AL");
    }

    @Test
    void everyClusterHasExactlyTheReferenceEcosystemsOfItsBrochureEntry() {
        // "REFERENCE ECOSYSTEM" of each cluster in the cluster brochure (seeds/004), as in DOMAIN.md
        Map<String, Set<String>> reference = Map.of(
                "AFIL", Set.of(AM),
                "CATAL", Set.of(NU),
                "CLM", Set.of(SM),
                "LSC", Set.of(HL),
                "TAV", Set.of(HL),
                "SCC", Set.of(HL, CK, CI, SM, SU, SD),
                "LAC", Set.of(SM, CI),
                "LE2C", Set.of(SU),
                "LGCA", Set.of(SU));
        reference.forEach((code, ecosystems) -> assertThat(catalog.cluster(code).orElseThrow().ecosystemCodes())
                .as(code).containsExactlyInAnyOrderElementsOf(ecosystems));
        assertThat(catalog.clustersIn(NU)).extracting(TechCluster::code).containsExactly("CATAL");
        assertThat(catalog.clustersIn(CK)).extracting(TechCluster::code).containsExactly("SCC");
        assertThat(catalog.clustersIn(SU)).extracting(TechCluster::code).containsExactly("SCC", "LE2C", "LGCA");
        assertThat(catalog.clustersIn(CI)).extracting(TechCluster::code).containsExactly("SCC", "LAC");
        assertThat(catalog.clustersIn(AM)).extracting(TechCluster::code).containsExactly("AFIL");
    }

    @Test
    void theS3SynergiesOfEachClusterAreKeptApartFromItsReferenceEcosystems() {
        // "SYNERGIES with other regional or national strategies / SMART SPECIALISATION STRATEGY S3" (seeds/004)
        Map<String, Set<String>> synergies = Map.of(
                "AFIL", Set.of(AM, SU, CI),
                "CATAL", Set.of(NU),
                "CLM", Set.of(SM, SU),
                "LSC", Set.of(HL),
                "TAV", Set.of(HL, SD, CI),
                "SCC", Set.of(HL, CI, SU),
                "LAC", Set.of(SM, CI),
                "LE2C", Set.of(SU),
                "LGCA", Set.of(SU));
        synergies.forEach((code, ecosystems) -> assertThat(catalog.cluster(code).orElseThrow().synergyEcosystemCodes())
                .as(code).containsExactlyInAnyOrderElementsOf(ecosystems));
        assertThat(catalog.clustersWithSynergiesOnlyIn(SU)).extracting(TechCluster::code).containsExactly("AFIL", "CLM");
        assertThat(catalog.clustersWithSynergiesOnlyIn(SD)).extracting(TechCluster::code).containsExactly("TAV");
        assertThat(catalog.clustersWithSynergiesOnlyIn(NU)).isEmpty();
    }

    @Test
    void allNineClustersTogetherHave794Members() {
        // "NUMBER OF MEMBERS 794 of which 585 COMPANIES, 111 RESEARCH ORGANISATIONS, 98 OTHER ENTITIES" (seeds/004)
        MemberCounts network = catalog.networkMembers();

        assertThat(List.of(network.total(), network.companies(), network.research(), network.other()))
                .containsExactly(794, 585, 111, 98);
        // The single clusters' figures never add up to more than the network has.
        List<TechCluster> counted = catalog.clusters().stream().filter(c -> c.membersTotal() != null).toList();
        assertThat(counted.stream().mapToInt(TechCluster::membersTotal).sum()).isLessThanOrEqualTo(network.total());
        assertThat(counted.stream().mapToInt(TechCluster::membersCompanies).sum()).isLessThanOrEqualTo(network.companies());
        assertThat(counted.stream().mapToInt(TechCluster::membersResearch).sum()).isLessThanOrEqualTo(network.research());
        assertThat(counted.stream().mapToInt(TechCluster::membersOther).sum()).isLessThanOrEqualTo(network.other());
    }

    @Test
    void sixteenPnrrComponentsInSixMissions() {
        List<PnrrComponent> components = catalog.pnrrComponents();

        assertThat(components).hasSize(16);
        assertThat(components).extracting(PnrrComponent::code)
                .contains("M1C2", "M2C1", "M2C2", "M2C3", "M3C2", "M4C2", "M6C1", "M6C2")
                .doesNotHaveDuplicates();
        assertThat(components).allSatisfy(c -> assertThat(c.code()).startsWith(c.missionCode()));
        assertThat(components).extracting(PnrrComponent::missionCode).containsOnly("M1", "M2", "M3", "M4", "M5", "M6");
        PnrrComponent m1c2 = catalog.pnrrByCode().get("M1C2");
        assertThat(m1c2.titleEn()).isEqualTo("Digitalisation, innovation and competitiveness in the production system");
        assertThat(m1c2.titleIt()).isNotBlank();
        assertThat(catalog.pnrrByCode().get("M6C2").missionTitleEn()).isEqualTo("Health");
        assertThat(catalog.pnrrByCode()).doesNotContainKey("M7C1");
    }

    @Test
    void seventeenSustainableDevelopmentGoals() {
        assertThat(catalog.sdgs()).extracting(SustainableDevelopmentGoal::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 17).boxed().toList());
        assertThat(catalog.sdgsByNumber()).hasSize(17).doesNotContainKeys(0, 18);
        assertThat(catalog.sdgsByNumber().get(13).titleEn()).isEqualTo("Climate Action");
        assertThat(catalog.sdgs()).allSatisfy(g -> assertThat(g.titleIt()).isNotBlank());
    }

    @Test
    void sixHorizonEuropeClusters() {
        assertThat(catalog.horizonClusters()).extracting(HorizonCluster::code)
                .containsExactly("CL1", "CL2", "CL3", "CL4", "CL5", "CL6");
        assertThat(catalog.horizonByCode().get("CL4").titleEn()).isEqualTo("Digital, Industry and Space");
        assertThat(catalog.horizonByCode()).doesNotContainKey("CL7");
    }
}
