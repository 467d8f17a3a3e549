package it.lombardia.codesign.explore.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.programme.ui.MacroThemeCard;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ui.ProposalGrid;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** An ecosystem: the clusters working in it, the current programme for it and the open round's proposals. */
@Route("ecosystems/:code")
@PermitAll
class EcosystemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final ProgrammeService programme;
    private final ProposalService proposals;
    private final RoundService rounds;
    private final LiveUpdates live;
    private String title = "";

    EcosystemView(CatalogService catalog, ProgrammeService programme, ProposalService proposals, RoundService rounds, LiveUpdates live) {
        this.live = live;
        this.catalog = catalog;
        this.programme = programme;
        this.proposals = proposals;
        this.rounds = rounds;
        addClassName("ecosystem-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Ecosystem> found = event.getRouteParameters().get("code").flatMap(catalog::ecosystem);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Ecosystem ecosystem = found.get();
        title = ecosystem.name(getLocale());
        removeAll();
        add(new ViewToolbar(title));

        add(new H2(getTranslation("ecosystem.clusters")));
        Div clusters = new Div();
        clusters.addClassName("badges");
        List<TechCluster> working = catalog.clustersIn(ecosystem.code());
        working.forEach(c -> clusters.add(new Anchor("clusters/" + c.code(), c.shortLabel(getLocale()) + " · " + c.name(getLocale()))));
        if (working.isEmpty()) {
            clusters.add(new Paragraph(getTranslation("ecosystem.no-clusters")));
        }
        add(clusters);
        List<TechCluster> synergies = catalog.clustersWithSynergiesOnlyIn(ecosystem.code());
        if (!synergies.isEmpty()) {
            add(new H2(getTranslation("ecosystem.synergy-clusters")));
            Div synergyClusters = new Div();
            synergyClusters.addClassNames("badges", "synergy-clusters");
            synergies.forEach(c -> synergyClusters.add(new Anchor("clusters/" + c.code(),
                    c.shortLabel(getLocale()) + " · " + c.name(getLocale()))));
            add(synergyClusters);
        }

        Optional<EditionSummary> current = programme.currentEdition();
        add(new H2(current.map(e -> getTranslation("ecosystem.programme", e.periodLabel()))
                .orElse(getTranslation("programme.none"))));
        current.ifPresent(edition -> {
            List<MacroThemeContent> themes = programme.macroThemesConcerning(edition.id(), ecosystem.code());
            if (themes.isEmpty()) {
                add(new Paragraph(getTranslation("ecosystem.no-macro-themes")));
            }
            themes.forEach(m -> add(new MacroThemeCard(m, catalog, getLocale())));
        });

        Optional<RoundSummary> round = rounds.openRound();
        add(new H2(round.map(r -> getTranslation("ecosystem.proposals", r.title())).orElse(getTranslation("dashboard.no-open-round"))));
        round.ifPresent(r -> {
            ProposalGrid grid = new ProposalGrid(proposals, catalog, ProposalFilter.ofRound(r.id()).withEcosystem(ecosystem.code())).live(live);
            grid.setAllRowsVisible(true);
            add(grid);
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
