package it.lombardia.codesign.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.proposal.ui.ProposalGrid;
import it.lombardia.codesign.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewTest extends KaribuTest {

    @Test
    void afilProfileShowsItsFacts() {
        signIn("observer");
        UI.getCurrent().navigate("clusters/AFIL");

        _get(ClusterView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Lombardy Intelligent Factory Association");
        assertThat(factText("Acronym")).isEqualTo("AFIL");
        Anchor website = _get(fact("Website"), Anchor.class);
        assertThat(website.getText()).isEqualTo("https://www.afil.it/");
        assertThat(website.getHref()).isEqualTo("https://www.afil.it/");
        assertThat(factText("Members"))
                .isEqualTo("144 members: 116 companies, 14 research organisations, 14 other entities");
        assertThat(factText("Headquarters")).startsWith("Via G. Colombo, 83 - 20133 Milan");
        List<String> projects = _find(fact("EU projects"), ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(projects).hasSize(10).contains("AI REDGIO 5.0 (Horizon Europe)", "PLASTIX (Interreg Europe)");
        assertThat(_find(fact("International networks"), ListItem.class).stream().map(ListItem::getText))
                .contains("Vanguard Initiative (VI)").hasSize(6);
        assertThat(_find(fact("Reference ecosystems"), Anchor.class).stream().map(Anchor::getText))
                .containsExactly("Advanced Manufacturing");
        assertThat(_find(fact("Synergies with the S3 ecosystems"), Anchor.class).stream().map(Anchor::getText))
                .containsExactly("Advanced Manufacturing", "Connectivity and Information", "Sustainability");
        assertThat(_find(fact("Synergies with the S3 ecosystems"), Anchor.class).getLast().getHref())
                .isEqualTo("ecosystems/SUSTAINABILITY");
    }

    @Test
    void afilProfileListsTheProposalsItLeadsOrCoProposes() {
        signIn("afil.rep"); // AFIL reads its own drafts too
        UI.getCurrent().navigate("clusters/AFIL");

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Proposals in EDP 2026-2027");
        ProposalGrid grid = _get(ProposalGrid.class);
        assertThat(GridKt._findAll(grid).stream().map(ProposalSummary::title)).contains(
                "Industrial digital twins for reconfigurable production lines",
                "Extend collaborative robotics to wearable exoskeletons",
                "Add battery second life and recycling to vehicle components",
                "Long-duration energy storage")
                .doesNotContain("Biosecurity and animal welfare in livestock farming");
        for (ProposalSummary p : GridKt._findAll(grid)) {
            assertThat(p.leadClusterCode().equals("AFIL") || p.coClusterCodes().contains("AFIL")).as(p.title()).isTrue();
        }
    }

    @Test
    void lgcaMemberCountsAreNotGivenBySources() {
        signIn("le2c.rep");
        UI.getCurrent().navigate("clusters/LGCA");

        assertThat(_get(H1.class).getText()).isEqualTo("Lombardy Green Chemistry Association");
        assertThat(factText("Members")).isEqualTo("not given by the sources");
        assertThat(_get(fact("Website"), Anchor.class).getHref()).isEqualTo("https://www.chimicaverdelombardia.it/en/");
        assertThat(GridKt._findAll(_get(ProposalGrid.class)).stream().map(ProposalSummary::title))
                .contains("Carbon capture and utilisation for chemical building blocks",
                        "Sustainable aviation fuels and hybrid-electric propulsion");
    }

    @Test
    void lifeSciencesClusterHasNoAcronym() {
        signIn("observer");
        UI.getCurrent().navigate("clusters/LSC");

        assertThat(_get(H1.class).getText()).isEqualTo("Lombardy Life Sciences Cluster");
        assertThat(factText("Acronym")).isEqualTo("not given by the sources");
    }

    @Test
    void unknownClusterShowsNotFound() {
        signIn("observer");
        UI.getCurrent().navigate("clusters/NOPE");

        _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("The page you asked for does not exist or has moved.");
        _assertNone(ClusterView.class);
    }

    /** The fact box under the given heading. */
    private static Div fact(String heading) {
        Div facts = _get(Div.class, s -> s.withClasses("cluster-facts"));
        return facts.getChildren()
                .filter(Div.class::isInstance).map(Div.class::cast)
                .filter(d -> d.getChildren().findFirst().filter(H3.class::isInstance)
                        .map(h -> ((H3) h).getText().equals(heading)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no fact " + heading));
    }

    private static String factText(String heading) {
        Component value = fact(heading).getChildren().skip(1).findFirst().orElseThrow();
        return ((Paragraph) value).getText();
    }
}
