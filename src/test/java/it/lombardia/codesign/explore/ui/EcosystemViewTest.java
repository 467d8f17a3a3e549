package it.lombardia.codesign.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.programme.ui.MacroThemeCard;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.proposal.ui.ProposalGrid;
import it.lombardia.codesign.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcosystemViewTest extends KaribuTest {

    @Test
    void sustainabilityShowsTheClustersWorkingInIt() {
        signIn("observer");
        UI.getCurrent().navigate("ecosystems/SUSTAINABILITY");

        _get(EcosystemView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Sustainability");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsSubsequence(
                "Clusters working in this ecosystem",
                "Work Programme 2024-2025: macro-themes and priorities",
                "Proposals in EDP 2026-2027");
        List<String> clusters = _find(_get(EcosystemView.class).getChildren()
                        .filter(c -> c instanceof Div d && d.hasClassName("badges")).map(Div.class::cast)
                        .findFirst().orElseThrow(), Anchor.class).stream()
                .map(Anchor::getText).toList();
        assertThat(clusters).containsExactly("SCC · Cluster Technologies for Smart Cities & Communities",
                "LE2C · Lombardy Energy Cleantech Cluster", "LGCA · Lombardy Green Chemistry Association");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Other clusters with synergies in this ecosystem");
        assertThat(_find(_get(Div.class, s -> s.withClasses("synergy-clusters")), Anchor.class).stream().map(Anchor::getText))
                .containsExactly("AFIL · Lombardy Intelligent Factory Association", "CLM · Lombardy Mobility Cluster");
        assertThat(_find(Anchor.class, s -> s.withText("LE2C · Lombardy Energy Cleantech Cluster")).getFirst().getHref())
                .isEqualTo("clusters/LE2C");
    }

    @Test
    void sustainabilityShowsTheMacroThemesOfTheCurrentEdition() {
        signIn("reviewer");
        UI.getCurrent().navigate("ecosystems/SUSTAINABILITY");

        List<MacroThemeCard> cards = _find(MacroThemeCard.class);
        assertThat(cards.stream().map(c -> _get(c, H2.class).getText())).containsExactly(
                "1. Digital and Sustainable Manufacturing",
                "2. Sustainable Agri-food Systems and Healthy Nutrition",
                "4. Energy Transition and Decarbonisation",
                "6. Green Chemistry and Circular Bioeconomy");
        MacroThemeCard energy = cards.get(2);
        assertThat(_find(energy, Details.class).stream().map(d -> ((Span) d.getSummary()).getText())).containsExactly(
                "4.1 Green hydrogen production, storage and end use",
                "4.2 Renewable energy communities and smart grids",
                "4.3 Deep energy renovation of buildings");
        assertThat(_find(energy, Paragraph.class).stream().map(Paragraph::getText)).contains("TRL 4 to 7");
    }

    @Test
    void sustainabilityListsOnlyTheProposalsInIt() {
        signIn("reviewer"); // the Region reads the drafts too
        UI.getCurrent().navigate("ecosystems/SUSTAINABILITY");

        ProposalGrid grid = _get(ProposalGrid.class);
        List<String> titles = GridKt._findAll(grid).stream().map(ProposalSummary::title).toList();
        assertThat(titles).contains("Long-duration energy storage", "Carbon capture and utilisation for chemical building blocks",
                        "Zero-Emission Logistics and Intermodal Freight", "Retire the priority on deep energy renovation of buildings")
                .doesNotContain("Industrial digital twins for reconfigurable production lines",
                        "Biosecurity and animal welfare in livestock farming");
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(7);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(GridKt._getFormatted(grid, i, "ecosystems")).contains("Sustainability");
        }
    }

    @Test
    void cultureAndKnowledgeHasItsOwnMacroThemeAndClusters() {
        signIn("reviewer");
        UI.getCurrent().navigate("ecosystems/CULTURE_KNOWLEDGE");

        assertThat(_get(H1.class).getText()).isEqualTo("Culture and Knowledge");
        assertThat(_find(MacroThemeCard.class).stream().map(c -> _get(c, H2.class).getText()))
                .containsExactly("7. Digital Culture, Knowledge and Inclusive Communities");
        assertThat(GridKt._findAll(_get(ProposalGrid.class)).stream().map(ProposalSummary::title))
                .contains("Retire the priority on data platforms and AI for public services");
    }

    @Test
    void unknownEcosystemShowsNotFound() {
        signIn("observer");
        UI.getCurrent().navigate("ecosystems/NOPE");

        _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        _assertNone(EcosystemView.class);
        _assertNone(ProposalGrid.class);
    }
}
