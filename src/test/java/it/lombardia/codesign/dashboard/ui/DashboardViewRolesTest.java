package it.lombardia.codesign.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.round.RoundService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The dashboard for several roles: the open round, the status tiles and the cluster × ecosystem
 * matrix. (DashboardViewTest holds the first, observer-only check.)
 */
class DashboardViewRolesTest extends KaribuTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;

    @Test
    void everyRoleSeesTheOpenRound() {
        for (String username : List.of("admin", "reviewer", "afil.rep", "wg.member", "observer")) {
            signIn(username);
            UI.getCurrent().navigate("");

            _get(DashboardView.class);
            assertThat(_get(H1.class).getText()).as(username).isEqualTo("Dashboard");
            assertThat(_find(H2.class).stream().map(H2::getText)).as(username).contains("EDP 2026-2027");
            assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).as(username)
                    .contains("Prepares the Work Programme 2026-2027")
                    .anyMatch(t -> t.matches("\\d+ days left"))
                    .anyMatch(t -> t.startsWith("Open from "));
        }
    }

    @Test
    void statusTilesCountTheRoundsProposals() {
        signIn("reviewer");
        UI.getCurrent().navigate("");

        Map<String, Long> tiles = tiles();
        // one tile for the total, then one per state of the lifecycle, in its order
        assertThat(tiles.keySet()).containsExactly("Proposals", "Draft", "Submitted", "Under review",
                "Changes requested", "Resubmitted", "Approved", "Rejected", "Withdrawn", "Merged");
        long roundId = rounds.openRound().orElseThrow().id();
        ProposalFilter round = ProposalFilter.ofRound(roundId);
        // counted independently through the grid's filter query
        assertThat(tiles.get("Draft")).isEqualTo(proposals.count(round.withStatus(ProposalStatus.DRAFT))).isGreaterThanOrEqualTo(10);
        assertThat(tiles.get("Submitted")).isEqualTo(proposals.count(round.withStatus(ProposalStatus.SUBMITTED))).isGreaterThanOrEqualTo(5);
        assertThat(tiles.get("Under review")).isEqualTo(proposals.count(round.withStatus(ProposalStatus.UNDER_REVIEW)));
        assertThat(tiles.get("Approved")).isEqualTo(proposals.count(round.withStatus(ProposalStatus.APPROVED)));
        assertThat(tiles.get("Merged")).isEqualTo(proposals.count(round.withStatus(ProposalStatus.MERGED)));
        assertThat(tiles.get("Proposals")).isEqualTo(proposals.count(round)).isGreaterThanOrEqualTo(15)
                .isEqualTo(tiles.entrySet().stream().filter(t -> !t.getKey().equals("Proposals"))
                        .mapToLong(Map.Entry::getValue).sum());
    }

    @Test
    void statusTilesLinkToTheFilteredProposalList() {
        signIn("observer");
        UI.getCurrent().navigate("");

        List<String> hrefs = _find(Anchor.class, s -> s.withClasses("stat-tile")).stream().map(Anchor::getHref).toList();
        assertThat(hrefs).containsExactly("proposals", "proposals?status=DRAFT", "proposals?status=SUBMITTED",
                "proposals?status=UNDER_REVIEW", "proposals?status=CHANGES_REQUESTED", "proposals?status=RESUBMITTED",
                "proposals?status=APPROVED", "proposals?status=REJECTED", "proposals?status=WITHDRAWN",
                "proposals?status=MERGED");
    }

    @Test
    void matrixHasNineClusterRowsAndEightEcosystemColumns() {
        signIn("afil.rep");
        UI.getCurrent().navigate("");

        Element table = table();
        Element headRow = descendants(table, "thead").getFirst().getChild(0);
        List<String> headers = headRow.getChildren().map(Element::getTextRecursively).toList();
        assertThat(headers).hasSize(9);
        assertThat(headers.getFirst()).isEqualTo("Cluster");
        assertThat(headers.subList(1, 9)).containsExactly("Advanced Manufacturing", "Nutrition", "Health and Life Science",
                "Culture and Knowledge", "Connectivity and Information", "Smart Mobility and Architecture",
                "Sustainability", "Social Development");

        List<Element> rows = descendants(descendants(table, "tbody").getFirst(), "tr");
        assertThat(rows).hasSize(9);
        for (Element row : rows) {
            assertThat(row.getChildCount()).isEqualTo(9);
        }
        List<String> clusterLabels = rows.stream().map(r -> r.getChild(0).getTextRecursively()).toList();
        assertThat(clusterLabels).contains("AFIL", "CAT.AL", "CLM", "TAV", "SCC", "LAC", "LE2C", "LGCA").hasSize(9);
    }

    @Test
    void matrixCellsCountLeadAndCoProposedProposals() {
        signIn("reviewer");
        UI.getCurrent().navigate("");

        // column 1 is Advanced Manufacturing; demo data has at least 4 AFIL proposals there (lead or co-proposer
        // that accepted); invited clusters that have not accepted, withdrawn and merged proposals do not count
        assertThat(afilInAdvancedManufacturing()).isEqualTo(standingAfilProposals(false)).isGreaterThanOrEqualTo(4);
        Element catal = descendants(descendants(table(), "tbody").getFirst(), "tr").stream()
                .filter(r -> r.getChild(0).getTextRecursively().equals("CAT.AL")).findFirst().orElseThrow();
        // CAT.AL's only proposal is in Nutrition and Health; it has none in Culture and Knowledge (column 4)
        assertThat(catal.getChild(4).getText()).isEqualTo("0");
        assertThat(catal.getChild(4).getAttribute("class")).contains("heat-0");
    }

    @Test
    void anObserversMatrixLeavesOutTheDraftsTheyMayNotRead() {
        signIn("observer");
        UI.getCurrent().navigate("");

        long submitted = standingAfilProposals(true);
        SignIn.as(userDetailsService, "admin");
        long all = standingAfilProposals(false);
        assertThat(afilInAdvancedManufacturing()).isEqualTo(submitted).isLessThan(all);
    }

    private long afilInAdvancedManufacturing() {
        Element afil = descendants(descendants(table(), "tbody").getFirst(), "tr").stream()
                .filter(r -> r.getChild(0).getTextRecursively().equals("AFIL")).findFirst().orElseThrow();
        return Long.parseLong(afil.getChild(1).getText());
    }

    /** Counted independently through the grid's filter query. */
    private long standingAfilProposals(boolean submittedOnly) {
        long roundId = rounds.openRound().orElseThrow().id();
        ProposalFilter afilInAdvancedManufacturing = ProposalFilter.ofRound(roundId).withCluster("AFIL")
                .withEcosystem("ADVANCED_MANUFACTURING");
        return proposals.search(afilInAdvancedManufacturing, PageRequest.of(0, 10_000)).stream()
                .map(s -> proposals.find(s.id()).orElseThrow())
                .filter(p -> p.status() != ProposalStatus.MERGED && p.status() != ProposalStatus.WITHDRAWN)
                .filter(p -> p.participatingClusterCodes().contains("AFIL"))
                .filter(p -> !submittedOnly || p.submittedAt() != null)
                .count();
    }

    @Test
    void italianTitleIsCruscotto() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Cruscotto");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Proposte per cluster ed ecosistema");
        assertThat(_find(Span.class, s -> s.withClasses("stat-label")).stream().map(Span::getText)).contains("Proposte");
        Element headRow = descendants(table(), "thead").getFirst().getChild(0);
        assertThat(headRow.getChild(1).getTextRecursively()).isEqualTo("Manifattura avanzata");
    }

    private static Map<String, Long> tiles() {
        Map<String, Long> tiles = new LinkedHashMap<>();
        for (Anchor tile : _find(Anchor.class, s -> s.withClasses("stat-tile"))) {
            tiles.put(_get(tile, Span.class, s -> s.withClasses("stat-label")).getText(),
                    Long.parseLong(_get(tile, Span.class, s -> s.withClasses("stat-number")).getText()));
        }
        return tiles;
    }

    private static Element table() {
        List<Element> tables = descendants(_get(MatrixTable.class).getElement(), "table");
        assertThat(tables).hasSize(1);
        return tables.getFirst();
    }

    private static List<Element> descendants(Element root, String tag) {
        List<Element> found = new ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            if (child.getTag().equals(tag)) {
                found.add(child);
            }
            found.addAll(descendants(child, tag));
        });
        return found;
    }
}
