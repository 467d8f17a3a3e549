package it.lombardia.codesign.round;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionStatus;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.MacroThemeRef;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Work Programme editions and EDP rounds as the demo data defines them. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class ProgrammeAndRoundServiceTest {

    @Autowired
    ProgrammeService programme;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService userDetailsService;

    @BeforeEach
    void signIn() {
        SignIn.as(userDetailsService, "observer");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void editionsComeNewestFirst() {
        List<EditionSummary> editions = programme.editions();

        assertThat(editions).extracting(EditionSummary::periodLabel).containsSubsequence("2026-2027", "2024-2025");
        assertThat(editions).isSortedAccordingTo(Comparator.comparingInt(EditionSummary::startYear).reversed());
        EditionSummary draft = edition("2026-2027");
        assertThat(draft.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(draft.adopted()).isFalse();
        assertThat(draft.adoptedOn()).isNull();
        assertThat(List.of(draft.startYear(), draft.endYear())).containsExactly(2026, 2027);
        assertThat(programme.edition(draft.id())).contains(draft);
    }

    @Test
    void theCurrentEditionIsTheAdopted2024To2025WithItsMacroThemesAndPriorities() {
        EditionSummary current = programme.currentEdition().orElseThrow();

        assertThat(current.periodLabel()).isEqualTo("2024-2025");
        assertThat(current.status()).isEqualTo(EditionStatus.ADOPTED);
        assertThat(current.adopted()).isTrue();
        assertThat(current.adoptedOn()).isEqualTo(LocalDate.of(2023, 12, 11));
        assertThat(current.actReference()).isNotBlank();

        EditionContent content = programme.content(current.id()).orElseThrow();
        assertThat(content.edition()).isEqualTo(current);
        assertThat(content.macroThemes()).hasSize(7);
        assertThat(content.macroThemes()).extracting(MacroThemeContent::displayOrder).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(content.macroThemes().getFirst().title()).isEqualTo("Digital and Sustainable Manufacturing");
        assertThat(content.macroThemes()).allSatisfy(m -> {
            assertThat(m.priorities()).as(m.title()).isNotEmpty();
            assertThat(m.ecosystemCodes()).as(m.title()).isNotEmpty();
            assertThat(m.priorities()).extracting(PriorityContent::displayOrder).isSorted();
        });
        assertThat(content.priorityCount()).isEqualTo(20);
        assertThat(programme.priorities(current.id())).hasSize(20)
                .allSatisfy(p -> assertThat(p.trlMin()).isBetween(1, p.trlMax()))
                .allSatisfy(p -> assertThat(p.trlMax()).isBetween(p.trlMin(), 9));
    }

    @Test
    void priorityAndMacroThemeLookUpsPointBackToTheirEdition() {
        EditionSummary current = programme.currentEdition().orElseThrow();
        List<MacroThemeRef> refs = programme.macroThemeRefs(current.id());
        PriorityContent priority = programme.priorities(current.id()).getFirst();

        assertThat(refs).hasSize(7).allSatisfy(r -> assertThat(r.editionId()).isEqualTo(current.id()));
        assertThat(programme.macroThemeRef(refs.getFirst().id())).contains(refs.getFirst());
        assertThat(programme.editionOfPriority(priority.id())).contains(current.id());
        assertThat(programme.priority(priority.id()).orElseThrow().title()).isEqualTo(priority.title());
        assertThat(priority.ecosystemCodes()).isEqualTo(programme.content(current.id()).orElseThrow().macroThemes()
                .stream().filter(m -> m.id() == priority.macroThemeId()).findFirst().orElseThrow().ecosystemCodes());
        // the edition in preparation holds copies, so its look-ups point to itself, never to the adopted one
        List<MacroThemeRef> draftRefs = programme.macroThemeRefs(edition("2026-2027").id());
        assertThat(draftRefs).hasSize(7).allSatisfy(r -> assertThat(r.editionId()).isEqualTo(edition("2026-2027").id()));
        assertThat(draftRefs).extracting(MacroThemeRef::id).doesNotContainAnyElementsOf(
                refs.stream().map(MacroThemeRef::id).toList());
    }

    @Test
    void theEditionInPreparationStartsAsACopyOfTheAdoptedOne() {
        EditionContent adopted = programme.content(edition("2024-2025").id()).orElseThrow();
        EditionContent draft = programme.content(edition("2026-2027").id()).orElseThrow();

        assertThat(draft.macroThemes()).extracting(MacroThemeContent::title)
                .containsExactlyElementsOf(adopted.macroThemes().stream().map(MacroThemeContent::title).toList());
        assertThat(draft.macroThemes()).extracting(MacroThemeContent::derivedFromId)
                .containsExactlyElementsOf(adopted.macroThemes().stream().map(MacroThemeContent::id).toList());
        assertThat(draft.macroThemes()).allSatisfy(m -> assertThat(m.originProposalId()).isNull());
        assertThat(draft.priorityCount()).isEqualTo(adopted.priorityCount()).isEqualTo(20);
        List<PriorityContent> copies = programme.priorities(edition("2026-2027").id());
        List<PriorityContent> originals = programme.priorities(edition("2024-2025").id());
        assertThat(copies).extracting(PriorityContent::derivedFromId)
                .containsExactlyElementsOf(originals.stream().map(PriorityContent::id).toList());
        for (int i = 0; i < originals.size(); i++) {
            PriorityContent original = originals.get(i);
            PriorityContent copy = copies.get(i);
            assertThat(copy.title()).isEqualTo(original.title());
            assertThat(List.of(copy.trlMin(), copy.trlMax())).isEqualTo(List.of(original.trlMin(), original.trlMax()));
            assertThat(copy.pnrrComponentCodes()).isEqualTo(original.pnrrComponentCodes());
            assertThat(copy.sdgNumbers()).isEqualTo(original.sdgNumbers());
            assertThat(copy.horizonClusterCodes()).isEqualTo(original.horizonClusterCodes());
            assertThat(copy.proposerClusterCodes()).isEqualTo(original.proposerClusterCodes());
            assertThat(copy.ecosystemCodes()).isEqualTo(original.ecosystemCodes());
        }
        assertThat(originals).allSatisfy(p -> assertThat(p.derivedFromId()).isNull());
    }

    @Test
    void theBaseEditionOfThe2026To2027RoundIs2024To2025() {
        RoundSummary open = rounds.openRound().orElseThrow();

        assertThat(programme.baseEditionFor(open.editionId()).orElseThrow().periodLabel()).isEqualTo("2024-2025");
        assertThat(programme.baseEditionFor(edition("2026-2027").id())).contains(edition("2024-2025"));
        assertThat(programme.baseEditionFor(edition("2024-2025").id())).isEmpty();
    }

    @Test
    void anOpenRoundForThe2026To2027EditionRunsToday() {
        RoundSummary open = rounds.openRound().orElseThrow();
        LocalDate today = LocalDate.now();

        assertThat(open.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(open.open()).isTrue();
        assertThat(open.title()).isEqualTo("EDP 2026-2027");
        assertThat(open.editionPeriod()).isEqualTo("2026-2027");
        assertThat(open.editionId()).isEqualTo(edition("2026-2027").id());
        // one day of slack either side: the database and the JVM may not agree on the time zone
        assertThat(open.opensOn()).isBeforeOrEqualTo(today.plusDays(1));
        assertThat(open.closesOn()).isAfterOrEqualTo(today.minusDays(1));
        assertThat(open.opensOn()).isBeforeOrEqualTo(open.closesOn());
        assertThat(open.daysLeft(today)).isBetween(43L, 47L);
        assertThat(open.daysLeft(open.closesOn().plusDays(3))).isZero();
        assertThat(rounds.round(open.id())).contains(open);
        assertThat(rounds.rounds()).contains(open)
                .isSortedAccordingTo(Comparator.comparing(RoundSummary::opensOn).reversed());
        assertThat(rounds.round(-1L)).isEmpty();
    }

    @Test
    void macroThemesConcerningAnEcosystemAreFilteredAndInProgrammeOrder() {
        long current = programme.currentEdition().orElseThrow().id();

        assertThat(programme.macroThemesConcerning(current, "NUTRITION")).extracting(MacroThemeContent::title)
                .containsExactly("Sustainable Agri-food Systems and Healthy Nutrition");
        assertThat(programme.macroThemesConcerning(current, "SUSTAINABILITY")).extracting(MacroThemeContent::title)
                .containsExactly("Digital and Sustainable Manufacturing",
                        "Sustainable Agri-food Systems and Healthy Nutrition",
                        "Energy Transition and Decarbonisation",
                        "Green Chemistry and Circular Bioeconomy");
        assertThat(programme.macroThemesConcerning(current, "CULTURE_KNOWLEDGE")).extracting(MacroThemeContent::title)
                .containsExactly("Digital Culture, Knowledge and Inclusive Communities");
        assertThat(programme.macroThemesConcerning(current, "SMART_MOBILITY_ARCHITECTURE"))
                .allSatisfy(m -> assertThat(m.ecosystemCodes()).contains("SMART_MOBILITY_ARCHITECTURE"))
                .allSatisfy(m -> assertThat(m.priorities()).isNotEmpty())
                .extracting(MacroThemeContent::displayOrder).isSorted().hasSize(2);
        assertThat(programme.macroThemesConcerning(current, "ATLANTIS")).isEmpty();
        // the edition in preparation, a copy of the adopted one, concerns the same ecosystems
        assertThat(programme.macroThemesConcerning(edition("2026-2027").id(), "SUSTAINABILITY"))
                .extracting(MacroThemeContent::title)
                .containsExactly("Digital and Sustainable Manufacturing",
                        "Sustainable Agri-food Systems and Healthy Nutrition",
                        "Energy Transition and Decarbonisation",
                        "Green Chemistry and Circular Bioeconomy");

        // every ecosystem's list is exactly the macro-themes of the edition that name it
        EditionContent content = programme.content(current).orElseThrow();
        for (String ecosystem : List.of("ADVANCED_MANUFACTURING", "HEALTH_LIFE_SCIENCE", "CONNECTIVITY_INFORMATION",
                "SOCIAL_DEVELOPMENT")) {
            assertThat(programme.macroThemesConcerning(current, ecosystem)).as(ecosystem)
                    .containsExactlyElementsOf(content.macroThemes().stream()
                            .filter(m -> m.ecosystemCodes().contains(ecosystem)).toList());
        }
    }

    private EditionSummary edition(String period) {
        return programme.editions().stream().filter(e -> e.periodLabel().equals(period)).findFirst().orElseThrow();
    }
}
