package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.proposal.ProposalChanges;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.round.ui.RoundTimeline;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;

@Route("")
@Menu(order = 0, title = "nav.dashboard", icon = "DASHBOARD")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;

    DashboardView(RoundService rounds, ProposalService proposals, CatalogService catalog, LiveUpdates live) {
        this.catalog = catalog;
        addClassName("dashboard-view");
        add(new ViewToolbar(getTranslation("dashboard.title")));
        Optional<RoundSummary> open = rounds.openRound();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.no-open-round")));
            if (rounds.mayManage()) {
                Anchor manage = new Anchor("rounds", getTranslation("round.timeline.open-new"));
                manage.setId("manage-rounds");
                add(manage);
            }
            return;
        }
        RoundSummary round = open.get();
        Div figures = new Div();
        figures.addClassName("round-figures");
        showFigures(figures, proposals, round.id());
        add(roundCard(round), figures);
        live.bind(figures, ProposalChanges.inRound(round.id()), messages -> showFigures(figures, proposals, round.id()));
    }

    /** The counts by state and the cluster-ecosystem matrix, redrawn whenever a proposal of the round changes. */
    private void showFigures(Div figures, ProposalService proposals, long roundId) {
        figures.removeAll();
        figures.add(statusCounts(proposals.countsByStatus(roundId)),
                new MatrixTable(catalog, proposals.clusterEcosystemMatrix(roundId), getLocale()));
    }

    private Component roundCard(RoundSummary round) {
        Div card = new Div();
        card.addClassNames("card", "round-card");
        card.add(new H2(round.title()),
                new Paragraph(getTranslation("dashboard.round.edition", round.editionPeriod())),
                new Paragraph(getTranslation("dashboard.round.dates", Formats.date(round.opensOn(), getLocale()),
                        Formats.date(round.closesOn(), getLocale()))),
                new Paragraph(getTranslation("dashboard.round.days-left", round.daysLeft(Formats.today()))),
                new RoundTimeline(round));
        return card;
    }

    private Component statusCounts(Map<ProposalStatus, Long> counts) {
        Div tiles = new Div();
        tiles.addClassName("stat-tiles");
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        tiles.add(tile(getTranslation("dashboard.proposals.total"), total, "proposals"));
        // one tile per state of the lifecycle, in its order, empty ones included: the whole pipeline at a glance
        counts.forEach((status, count) ->
                tiles.add(tile(getTranslation(status.labelKey()), count, "proposals?status=" + status.name())));
        return tiles;
    }

    private Component tile(String label, long count, String href) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("stat-number");
        Span caption = new Span(label);
        caption.addClassName("stat-label");
        Anchor tile = new Anchor(href, number, caption);
        tile.addClassName("stat-tile");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
