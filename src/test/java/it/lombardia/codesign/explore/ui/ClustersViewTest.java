package it.lombardia.codesign.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.catalog.TechCluster;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersViewTest extends KaribuTest {

    @Test
    void listsTheNineClusters() {
        signIn("observer");
        UI.getCurrent().navigate("clusters");

        _get(ClustersView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Technology clusters");
        @SuppressWarnings("unchecked")
        Grid<TechCluster> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(9);
        assertThat(grid.getColumns().stream().map(c -> c.getHeaderText()).toList())
                .containsExactly("Acronym", "Name", "Technology area", "Reference ecosystems", "Members");
        List<String> acronyms = GridKt._findAll(grid).stream().map(c -> acronymLink(grid, c).getText()).toList();
        assertThat(acronyms).containsExactly("AFIL", "CAT.AL", "CLM", "Life Sciences", "TAV", "SCC", "LAC", "LE2C", "LGCA");
    }

    @Test
    void rowsShowTheClusterFacts() {
        signIn("afil.rep");
        UI.getCurrent().navigate("clusters");

        @SuppressWarnings("unchecked")
        Grid<TechCluster> grid = _get(Grid.class);
        List<String> afil = GridKt._getFormattedRow(grid, 0);
        assertThat(afil.subList(1, 5)).containsExactly("Lombardy Intelligent Factory Association", "Advanced Manufacturing",
                "Advanced Manufacturing", "144");
        assertThat(acronymLink(grid, GridKt._get(grid, 0)).getHref()).isEqualTo("clusters/AFIL");
        List<String> lgca = GridKt._getFormattedRow(grid, 8);
        assertThat(lgca.get(1)).isEqualTo("Lombardy Green Chemistry Association");
        assertThat(lgca.get(4)).isEqualTo("not given by the sources");
    }

    @Test
    void showsTheMembersOfAllNineClustersTogether() {
        signIn("observer");
        UI.getCurrent().navigate("clusters");

        assertThat(_get(Paragraph.class, s -> s.withClasses("cluster-totals")).getText()).isEqualTo(
                "All 9 clusters together: 794 members: 585 companies, 111 research organisations, 98 other entities.");
        @SuppressWarnings("unchecked")
        Grid<TechCluster> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 5).get(3)).as("SCC").isEqualTo("Health and Life Science, "
                + "Culture and Knowledge, Connectivity and Information, Smart Mobility and Architecture, Sustainability, "
                + "Social Development");
        assertThat(GridKt._getFormattedRow(grid, 4).get(3)).as("TAV").isEqualTo("Health and Life Science");
    }

    @Test
    void italianShowsTheTotalsInItalian() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("clusters");

        assertThat(_get(Paragraph.class, s -> s.withClasses("cluster-totals")).getText()).isEqualTo(
                "Tutti i 9 cluster insieme: 794 associati: 585 imprese, 111 organismi di ricerca, 98 altri enti.");
    }

    @Test
    void italianShowsItalianNames() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("clusters");

        @SuppressWarnings("unchecked")
        Grid<TechCluster> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0).get(1)).isEqualTo("Associazione Fabbrica Intelligente Lombardia");
        assertThat(GridKt._getFormattedRow(grid, 8).get(4)).isNotEqualTo("not given by the sources");
    }

    @SuppressWarnings("unchecked")
    private static Anchor acronymLink(Grid<TechCluster> grid, TechCluster cluster) {
        ComponentRenderer<?, TechCluster> renderer = (ComponentRenderer<?, TechCluster>) grid.getColumns().getFirst().getRenderer();
        return (Anchor) renderer.createComponent(cluster);
    }
}
