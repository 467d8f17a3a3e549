package it.lombardia.codesign.explore.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ui.ProposalGrid;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** A cluster's profile: its facts as the sources give them, and its proposals in the open round. */
@Route("clusters/:code")
@PermitAll
class ClusterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final ProposalService proposals;
    private final RoundService rounds;
    private final LiveUpdates live;
    private String title = "";

    ClusterView(CatalogService catalog, ProposalService proposals, RoundService rounds, LiveUpdates live) {
        this.live = live;
        this.catalog = catalog;
        this.proposals = proposals;
        this.rounds = rounds;
        addClassName("cluster-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<TechCluster> found = event.getRouteParameters().get("code").flatMap(catalog::cluster);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        TechCluster c = found.get();
        title = c.name(getLocale());
        removeAll();
        add(new ViewToolbar(title));
        Div facts = new Div();
        facts.addClassNames("card", "cluster-facts");
        if (c.summary(getLocale()) != null) {
            facts.add(new Paragraph(c.summary(getLocale())));
        }
        fact(facts, "cluster.acronym", c.acronym() == null ? getTranslation("cluster.not-given") : c.acronym());
        fact(facts, "cluster.areas", String.join("; ", c.areas().stream().map(a -> a.name(getLocale())).toList()));
        Div ecosystems = new Div();
        ecosystems.addClassName("badges");
        c.ecosystemCodes().forEach(code -> catalog.ecosystem(code).ifPresent(e ->
                ecosystems.add(new Anchor("ecosystems/" + code, e.name(getLocale())))));
        facts.add(new Div(new H3(getTranslation("cluster.ecosystems")), ecosystems));
        if (!c.synergyEcosystemCodes().isEmpty()) {
            Div synergies = new Div();
            synergies.addClassName("badges");
            c.synergyEcosystemCodes().forEach(code -> catalog.ecosystem(code).ifPresent(e ->
                    synergies.add(new Anchor("ecosystems/" + code, e.name(getLocale())))));
            facts.add(new Div(new H3(getTranslation("cluster.synergies")), synergies));
        }
        fact(facts, "cluster.headquarters", orNotGiven(c.headquarters()));
        if (c.website() != null) {
            Anchor site = new Anchor(c.website(), c.website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener");
            facts.add(new Div(new H3(getTranslation("cluster.website")), site));
        } else {
            fact(facts, "cluster.website", getTranslation("cluster.not-given"));
        }
        fact(facts, "cluster.members", c.membersTotal() == null ? getTranslation("cluster.not-given")
                : getTranslation("cluster.members-breakdown", c.membersTotal(), orNotGiven(c.membersCompanies()),
                orNotGiven(c.membersResearch()), orNotGiven(c.membersOther())));
        list(facts, "cluster.projects", c.projects().stream()
                .map(a -> a.programme() == null ? a.name() : a.name() + " (" + a.programme() + ")").toList());
        list(facts, "cluster.networks", c.networks().stream().map(TechCluster.Affiliation::name).toList());
        Div pnrr = new Div();
        pnrr.addClassName("badges");
        c.pnrrComponentCodes().forEach(code -> pnrr.add(new Badge(code + " " + Optional.ofNullable(catalog.pnrrByCode().get(code))
                .map(p -> p.title(getLocale())).orElse(""), "small")));
        if (!c.pnrrComponentCodes().isEmpty()) {
            facts.add(new Div(new H3(getTranslation("cluster.pnrr")), pnrr));
        }
        add(facts);

        Optional<RoundSummary> round = rounds.openRound();
        add(new H2(round.map(r -> getTranslation("cluster.proposals", r.title())).orElse(getTranslation("dashboard.no-open-round"))));
        round.ifPresent(r -> {
            ProposalGrid grid = new ProposalGrid(proposals, catalog, ProposalFilter.ofRound(r.id()).withCluster(c.code())).live(live);
            grid.setAllRowsVisible(true);
            add(grid);
        });
    }

    private void fact(Div facts, String labelKey, String value) {
        facts.add(new Div(new H3(getTranslation(labelKey)), new Paragraph(value)));
    }

    private void list(Div facts, String labelKey, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        values.forEach(v -> list.add(new ListItem(v)));
        facts.add(new Div(new H3(getTranslation(labelKey)), list));
    }

    private String orNotGiven(Object value) {
        return value == null ? getTranslation("cluster.not-given") : value.toString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
