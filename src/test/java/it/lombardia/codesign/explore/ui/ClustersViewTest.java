package it.lombardia.codesign.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
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
                "Advanced Manufacturing, Connectivity and Information, Sustainability", "144");
        assertThat(acronymLink(grid, GridKt._get(grid, 0)).getHref()).isEqualTo("clusters/AFIL");
        List<String> lgca = GridKt._getFormattedRow(grid, 8);
        assertThat(lgca.get(1)).isEqualTo("Lombardy Green Chemistry Association");
        assertThat(lgca.get(4)).isEqualTo("not given by the sources");
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
