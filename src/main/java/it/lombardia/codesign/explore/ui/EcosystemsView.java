package it.lombardia.codesign.explore.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

@Route("ecosystems")
@Menu(order = 1, title = "nav.ecosystems", icon = "CLUSTER")
@PermitAll
class EcosystemsView extends VerticalLayout implements HasDynamicTitle {

    EcosystemsView(CatalogService catalog) {
        addClassName("ecosystems-view");
        add(new ViewToolbar(getTranslation("ecosystems.title")), new Paragraph(getTranslation("ecosystems.intro")));
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (Ecosystem ecosystem : catalog.ecosystems()) {
            Div card = new Div();
            card.addClassNames("card", "ecosystem-card");
            Anchor link = new Anchor("ecosystems/" + ecosystem.code(), ecosystem.name(getLocale()));
            String clusters = catalog.clustersIn(ecosystem.code()).stream()
                    .map(c -> c.shortLabel(getLocale())).collect(Collectors.joining(", "));
            card.add(new H2(link), new Paragraph(getTranslation("ecosystems.clusters", clusters.isEmpty() ? "—" : clusters)));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ecosystems.title");
    }
}
