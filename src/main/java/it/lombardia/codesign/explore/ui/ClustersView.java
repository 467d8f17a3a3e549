package it.lombardia.codesign.explore.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.MemberCounts;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

@Route("clusters")
@Menu(order = 2, title = "nav.clusters", icon = "USERS")
@PermitAll
class ClustersView extends VerticalLayout implements HasDynamicTitle {

    ClustersView(CatalogService catalog) {
        addClassName("clusters-view");
        setSizeFull();
        Grid<TechCluster> grid = new Grid<>(TechCluster.class, false);
        grid.setAriaLabel(getTranslation("clusters.title"));
        grid.addComponentColumn(c -> new Anchor("clusters/" + c.code(), c.shortLabel(getLocale())))
                .setHeader(getTranslation("cluster.acronym")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.name(getLocale())).setHeader(getTranslation("cluster.name")).setFlexGrow(2);
        grid.addColumn(c -> c.areas().isEmpty() ? "" : c.areas().getFirst().name(getLocale()))
                .setHeader(getTranslation("cluster.area"));
        grid.addColumn(c -> c.ecosystemCodes().stream()
                        .map(code -> catalog.ecosystem(code).map(e -> e.name(getLocale())).orElse(code))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("cluster.ecosystems")).setFlexGrow(2);
        grid.addColumn(c -> c.membersTotal() == null ? getTranslation("cluster.not-given") : String.valueOf(c.membersTotal()))
                .setHeader(getTranslation("cluster.members")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(catalog.clusters());
        grid.setSizeFull();
        add(new ViewToolbar(getTranslation("clusters.title")), totals(catalog), grid);
    }

    /** The members of the whole network, as the sources give them. */
    private Div totals(CatalogService catalog) {
        MemberCounts network = catalog.networkMembers();
        Paragraph totals = new Paragraph(getTranslation("clusters.totals", catalog.clusters().size(), network.total(),
                network.companies(), network.research(), network.other()));
        totals.addClassName("cluster-totals");
        Paragraph source = new Paragraph(getTranslation("clusters.totals-source"));
        source.addClassName("cluster-totals-source");
        return new Div(totals, source);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.title");
    }
}
