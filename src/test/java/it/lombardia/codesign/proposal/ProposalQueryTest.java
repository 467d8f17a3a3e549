package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Searching, paging, sorting and counting proposals. Seven proposals made once for the class carry a
 * unique marker in their titles; every query is narrowed by that marker, so other tests' rows and
 * the demo rows never disturb the expected results.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalQueryTest {

    private static final String AM = "ADVANCED_MANUFACTURING";
    private static final String SU = "SUSTAINABILITY";
    private static final String SM = "SMART_MOBILITY_ARCHITECTURE";
    private static final String CK = "CULTURE_KNOWLEDGE";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    RoundService rounds;
    @Autowired
    ProgrammeService programme;
    @Autowired
    CatalogService catalog;
    @Autowired
    UserDetailsService userDetailsService;

    /** Lowercase hexadecimal with a leading letter: it only matches our own rows. */
    final String marker = "qt" + UUID.randomUUID().toString().replace("-", "");
    final String descriptionMarker = "dm" + UUID.randomUUID().toString().replace("-", "");
    RoundSummary round;
    Map<ProposalStatus, Long> statusCountsBefore;

    @BeforeAll
    void createProposals() {
        round = rounds.openRound().orElseThrow();
        SignIn.as(userDetailsService, "admin");
        try {
            statusCountsBefore = proposals.countsByStatus(round.id());
            long macroThemeId = programme.macroThemeRefs(programme.baseEditionFor(round.editionId()).orElseThrow().id())
                    .getFirst().id();
            create(macroTheme("AFIL", title("Alpha")).ecosystems(AM).description("Plain text."));
            ProposalDetails bravo = create(macroTheme("LE2C", title("Bravo")).co("AFIL").ecosystems(SU)
                    .description("Mentions " + descriptionMarker + " in the middle."));
            ProposalDetails charlie = create(macroTheme("LE2C", title("Charlie")).newPriority(macroThemeId, 3, 6)
                    .ecosystems(SU, AM));
            lifecycle.submit(charlie.id(), charlie.version());
            ProposalDetails delta = create(macroTheme("CLM", title("Delta 100% literal")).co("LAC").ecosystems(SM));
            create(macroTheme("CLM", title("Echo 1000 literal")).ecosystems(SM));
            create(macroTheme("SCC", title("Foxtrot a_b")).ecosystems(CK));
            create(macroTheme("SCC", title("Golf axb")).ecosystems(CK));
            // the invited co-proposers agree, so that they count as co-proposers
            SignIn.as(userDetailsService, "afil.rep");
            lifecycle.answerInvitation(bravo.id(), bravo.version(), "AFIL", true);
            SignIn.as(userDetailsService, "mobility.rep");
            lifecycle.answerInvitation(delta.id(), delta.version(), "LAC", true);
        } finally {
            SignIn.out();
        }
    }

    @BeforeEach
    void signIn() {
        // Region staff read every proposal, drafts included: the query mechanics, not the read rule
        // (ProposalVisibilityTest), are tested here.
        SignIn.as(userDetailsService, "reviewer");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theMarkerFindsAllSevenInTheRoundAndNoneInAnotherRound() {
        assertThat(titles(mine())).containsExactly(title("Alpha"), title("Bravo"), title("Charlie"),
                title("Delta 100% literal"), title("Echo 1000 literal"), title("Foxtrot a_b"), title("Golf axb"));
        assertThat(proposals.count(mine())).isEqualTo(7);
        assertThat(proposals.count(new ProposalFilter(null, null, null, null, null, marker))).isEqualTo(7);
        assertThat(proposals.count(new ProposalFilter(-1L, null, null, null, null, marker))).isZero();
        assertThat(proposals.count(ProposalFilter.ofRound(round.id())))
                .isGreaterThanOrEqualTo(7 + 15); // the 15 demo proposals as well
    }

    @Test
    void filterByEcosystem() {
        assertThat(titles(mine().withEcosystem(SU))).containsExactly(title("Bravo"), title("Charlie"));
        assertThat(titles(mine().withEcosystem(AM))).containsExactly(title("Alpha"), title("Charlie"));
        assertThat(proposals.count(mine().withEcosystem("NUTRITION"))).isZero();
    }

    @Test
    void filterByClusterMatchesLeadOrCoProposer() {
        assertThat(titles(mine().withCluster("AFIL"))).containsExactly(title("Alpha"), title("Bravo"));
        assertThat(titles(mine().withCluster("LE2C"))).containsExactly(title("Bravo"), title("Charlie"));
        assertThat(titles(mine().withCluster("LAC"))).containsExactly(title("Delta 100% literal"));
        assertThat(proposals.count(mine().withCluster("LGCA"))).isZero();
    }

    @Test
    void filterByKindAndStatus() {
        assertThat(titles(mine().withKind(ProposalKind.NEW_PRIORITY))).containsExactly(title("Charlie"));
        assertThat(proposals.count(mine().withKind(ProposalKind.NEW_MACRO_THEME))).isEqualTo(6);
        assertThat(proposals.count(mine().withKind(ProposalKind.RETIRE_PRIORITY))).isZero();
        assertThat(titles(mine().withStatus(ProposalStatus.SUBMITTED))).containsExactly(title("Charlie"));
        assertThat(proposals.count(mine().withStatus(ProposalStatus.DRAFT))).isEqualTo(6);
    }

    @Test
    void filtersCombine() {
        assertThat(titles(mine().withCluster("LE2C").withKind(ProposalKind.NEW_MACRO_THEME)))
                .containsExactly(title("Bravo"));
        assertThat(titles(mine().withCluster("LE2C").withEcosystem(AM).withStatus(ProposalStatus.SUBMITTED)))
                .containsExactly(title("Charlie"));
        assertThat(proposals.count(mine().withCluster("AFIL").withStatus(ProposalStatus.SUBMITTED))).isZero();
    }

    @Test
    void freeTextIgnoresCaseAndSearchesTitleAndDescription() {
        ProposalFilter upper = ProposalFilter.ofRound(round.id()).withText(marker.toUpperCase(Locale.ROOT));
        assertThat(proposals.count(upper)).isEqualTo(7);
        assertThat(titles(ProposalFilter.ofRound(round.id()).withText("  " + marker + " ALPHA  ")))
                .containsExactly(title("Alpha"));
        assertThat(titles(ProposalFilter.ofRound(round.id()).withText(descriptionMarker.toUpperCase(Locale.ROOT))))
                .containsExactly(title("Bravo"));
    }

    @Test
    void percentAndUnderscoreInTheTextAreLiteral() {
        assertThat(titles(mine().withText(marker + " delta 100%"))).containsExactly(title("Delta 100% literal"));
        assertThat(titles(ProposalFilter.ofRound(round.id()).withText(marker + " Echo 100%"))).isEmpty();
        assertThat(titles(ProposalFilter.ofRound(round.id()).withText(marker + " foxtrot a_b")))
                .containsExactly(title("Foxtrot a_b"));
        assertThat(titles(ProposalFilter.ofRound(round.id()).withText(marker + " golf a_b"))).isEmpty();
        assertThat(titles(ProposalFilter.ofRound(round.id()).withText(marker + "%"))).isEmpty();
        assertThat(titles(ProposalFilter.ofRound(round.id()).withText(marker + "\\"))).isEmpty();
    }

    @Test
    void pagesOfFiveGiveFiveRowsAndTheRightTotal() {
        Page<ProposalSummary> first = proposals.search(mine(), PageRequest.of(0, 5, Sort.by("title")));
        Page<ProposalSummary> second = proposals.search(mine(), PageRequest.of(1, 5, Sort.by("title")));

        assertThat(first.getContent()).hasSize(5);
        assertThat(first.getTotalElements()).isEqualTo(7);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(second.getContent()).hasSize(2);
        assertThat(second.getTotalElements()).isEqualTo(7);
        assertThat(second.isLast()).isTrue();
        assertThat(first.getContent()).extracting(ProposalSummary::id)
                .doesNotContainAnyElementsOf(second.getContent().stream().map(ProposalSummary::id).toList());
    }

    @Test
    void sortByTitleBothWays() {
        List<String> ascending = proposals.search(mine(), PageRequest.of(0, 10, Sort.by("title"))).map(ProposalSummary::title)
                .getContent();
        List<String> descending = proposals.search(mine(), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "title")))
                .map(ProposalSummary::title).getContent();

        assertThat(ascending).containsExactly(title("Alpha"), title("Bravo"), title("Charlie"),
                title("Delta 100% literal"), title("Echo 1000 literal"), title("Foxtrot a_b"), title("Golf axb"));
        assertThat(descending).containsExactlyElementsOf(ascending.reversed());
    }

    @Test
    void summariesCarryClustersEcosystemsAndStatus() {
        ProposalSummary bravo = proposals.search(mine().withText(marker + " bravo"), PageRequest.of(0, 5)).getContent()
                .getFirst();

        assertThat(bravo.leadClusterCode()).isEqualTo("LE2C");
        assertThat(bravo.coClusterCodes()).containsExactly("AFIL");
        assertThat(bravo.ecosystemCodes()).containsExactly(SU);
        assertThat(bravo.kind()).isEqualTo(ProposalKind.NEW_MACRO_THEME);
        assertThat(bravo.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(bravo.updatedBy()).isEqualTo("afil.rep"); // who last touched it: AFIL accepting the invitation
    }

    @Test
    void countsByStatusAgreeWithSearchCounts() {
        Map<ProposalStatus, Long> counts = proposals.countsByStatus(round.id());

        assertThat(counts).containsOnlyKeys(ProposalStatus.values());
        for (ProposalStatus status : ProposalStatus.values()) {
            assertThat(counts.get(status)).as(status.name())
                    .isEqualTo(proposals.count(ProposalFilter.ofRound(round.id()).withStatus(status)));
        }
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(proposals.count(ProposalFilter.ofRound(round.id())));
        // relative to the counts before this class made its proposals (at least; other classes may add more)
        assertThat(counts.get(ProposalStatus.DRAFT)).isGreaterThanOrEqualTo(statusCountsBefore.get(ProposalStatus.DRAFT) + 6);
        assertThat(counts.get(ProposalStatus.SUBMITTED))
                .isGreaterThanOrEqualTo(statusCountsBefore.get(ProposalStatus.SUBMITTED) + 1);
        assertThat(proposals.countsByStatus(-1L)).allSatisfy((status, count) -> assertThat(count).isZero());
    }

    // ---------------------------------------------------------------------------------------------

    private String title(String name) {
        return "Q " + marker + " " + name;
    }

    private ProposalFilter mine() {
        return ProposalFilter.ofRound(round.id()).withText(marker);
    }

    private ProposalDetails create(ProposalDraft draft) {
        return proposals.create(round.id(), draft.build());
    }

    private List<String> titles(ProposalFilter filter) {
        return proposals.search(filter, PageRequest.of(0, 50, Sort.by("title"))).map(ProposalSummary::title).getContent();
    }
}
