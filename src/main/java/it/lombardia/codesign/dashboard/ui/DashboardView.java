package it.lombardia.codesign.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.dashboard.ClusterShare;
import it.lombardia.codesign.dashboard.Outcome;
import it.lombardia.codesign.dashboard.RoundFigures;
import it.lombardia.codesign.dashboard.RoundFigures.Figures;
import it.lombardia.codesign.dashboard.WeekCount;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.proposal.ProposalChanges;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.round.ui.RoundTimeline;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round at a glance: the open one, or the latest when none is open (so the figures stay after a
 * round closes), or the one chosen with {@code ?round=ID}. Tiles count proposals by state; charts
 * show ecosystems, clusters, outcomes, the cluster x ecosystem heat map and the weekly review
 * throughput, each with its figures as a table.
 */
@Route("")
@Menu(order = 0, title = "nav.dashboard", icon = "DASHBOARD")
@PermitAll
@StyleSheet("context://dashboard.css")
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUND_PARAMETER = "round";

    private final RoundService rounds;
    private final ProposalService proposals;
    private final RoundFigures roundFigures;
    private final CatalogService catalog;
    private final LiveUpdates live;

    DashboardView(RoundService rounds, ProposalService proposals, RoundFigures roundFigures, CatalogService catalog,
                  LiveUpdates live) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.roundFigures = roundFigures;
        this.catalog = catalog;
        this.live = live;
        addClassName("dashboard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewToolbar(getTranslation("dashboard.title")));
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(ROUND_PARAMETER);
        List<RoundSummary> all = rounds.rounds();
        Optional<RoundSummary> open = rounds.openRound();
        Optional<RoundSummary> chosen = asked.flatMap(Params::id).flatMap(rounds::round);
        RoundSummary shown = chosen.or(() -> open).or(() -> all.stream().findFirst()).orElse(null);

        if (asked.isPresent() && chosen.isEmpty()) {
            add(notice(shown == null ? getTranslation("dashboard.round.unknown.none")
                    : getTranslation("dashboard.round.unknown", shown.title()), "round-unknown"));
        }
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.no-open-round")));
            if (rounds.mayManage()) {
                Anchor manage = new Anchor("rounds", getTranslation("round.timeline.open-new"));
                manage.setId("manage-rounds");
                add(manage);
            }
        }
        if (shown == null) {
            return;
        }
        if (all.size() > 1) {
            add(picker(all, shown));
        }
        long roundId = shown.id();
        Div figures = new Div();
        figures.addClassName("round-figures");
        RoundSummary round = shown;
        showFigures(figures, round);
        add(roundCard(round), figures);
        // the figures follow the round's proposals as they change (other users' edits included)
        live.bind(figures, ProposalChanges.inRound(roundId), messages -> showFigures(figures, round));
    }

    private Component picker(List<RoundSummary> all, RoundSummary shown) {
        Select<RoundSummary> picker = new Select<>();
        picker.setId("round-picker");
        picker.setLabel(getTranslation("dashboard.round.picker"));
        picker.setItems(all);
        picker.setItemLabelGenerator(r -> r.open() ? r.title()
                : getTranslation("dashboard.round.picker.closed", r.title()));
        picker.setValue(all.stream().filter(r -> r.id() == shown.id()).findFirst().orElse(shown));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("", QueryParameters.of(ROUND_PARAMETER, String.valueOf(e.getValue().id())));
            }
        });
        return picker;
    }

    private static Paragraph notice(String text, String id) {
        Paragraph notice = new Paragraph(text);
        notice.setId(id);
        notice.addClassName("dashboard-notice");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    private void showFigures(Div figures, RoundSummary round) {
        figures.removeAll();
        Figures f = roundFigures.of(round, Formats.today(), Lombardy.ZONE);
        // Tiles and charts count the same proposals: those this user may read (other clusters' drafts
        // are not even counted for observers and representatives, as their number says something too).
        Map<ProposalStatus, Long> counts = proposals.countsByStatus(round.id());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        figures.add(statusCounts(counts, total));
        Div grid = new Div();
        grid.addClassName("chart-grid");
        grid.add(ecosystemChart(f), clusterChart(f), outcomeChart(f),
                new MatrixTable(catalog, f.matrix(), getLocale()), throughputChart(f));
        figures.add(grid);
    }

    private Component ecosystemChart(Figures f) {
        String heading = getTranslation("dashboard.ecosystems.title");
        List<Ecosystem> ecosystems = catalog.ecosystems();
        Ecosystem top = ecosystems.stream().max((a, b) -> Long.compare(f.perEcosystem().get(a.code()),
                f.perEcosystem().get(b.code()))).orElseThrow();
        long topCount = f.perEcosystem().get(top.code());
        // max() keeps the last of equals; the first in the catalogue's order reads better
        top = ecosystems.stream().filter(e -> f.perEcosystem().get(e.code()) == topCount).findFirst().orElse(top);
        String summary = topCount == 0 ? getTranslation("dashboard.ecosystems.summary.none")
                : getTranslation("dashboard.ecosystems.summary", top.name(getLocale()), topCount, f.standing());
        String note = getTranslation("dashboard.ecosystems.note");
        Series proposalsSeries = new Series(getTranslation("dashboard.chart.proposals"), Series.BLUE, Series.Style.SOLID);
        List<BarChart.Bar> bars = ecosystems.stream()
                .map(e -> new BarChart.Bar(e.name(getLocale()), f.perEcosystem().get(e.code()), null)).toList();
        List<DataTable.Row> rows = ecosystems.stream()
                .map(e -> new DataTable.Row(e.name(getLocale()), List.of(f.perEcosystem().get(e.code())))).toList();
        return new ChartCard("chart-ecosystems", heading, summary, note,
                new BarChart("chart-ecosystems-svg", heading, summary + " " + note, List.of(proposalsSeries), bars,
                        getLocale()),
                new DataTable(heading, getTranslation("dashboard.chart.ecosystem"),
                        List.of(getTranslation("dashboard.chart.proposals")), rows, getLocale()));
    }

    private Component clusterChart(Figures f) {
        String heading = getTranslation("dashboard.clusters.title");
        List<TechCluster> clusters = catalog.clusters();
        TechCluster top = null;
        for (TechCluster c : clusters) {
            if (top == null || share(f, c).total() > share(f, top).total()) {
                top = c;
            }
        }
        String summary = top == null || share(f, top).total() == 0 ? getTranslation("dashboard.clusters.summary.none")
                : getTranslation("dashboard.clusters.summary", top.shortLabel(getLocale()), share(f, top).total(),
                share(f, top).led(), share(f, top).coProposed());
        String note = getTranslation("dashboard.clusters.note");
        List<Series> series = List.of(
                new Series(getTranslation("dashboard.clusters.led"), Series.BLUE, Series.Style.SOLID),
                new Series(getTranslation("dashboard.clusters.co-proposed"), Series.BLUE, Series.Style.OUTLINE));
        List<BarChart.Bar> bars = clusters.stream().map(c -> new BarChart.Bar(c.shortLabel(getLocale()),
                List.of(share(f, c).led(), share(f, c).coProposed()), null)).toList();
        List<DataTable.Row> rows = clusters.stream().map(c -> new DataTable.Row(c.shortLabel(getLocale()),
                List.of(share(f, c).led(), share(f, c).coProposed(), share(f, c).total()))).toList();
        return new ChartCard("chart-clusters", heading, summary, note,
                new BarChart("chart-clusters-svg", heading, summary + " " + note, series, bars, getLocale()),
                new DataTable(heading, getTranslation("dashboard.matrix.cluster"),
                        List.of(series.get(0).label(), series.get(1).label(), getTranslation("dashboard.chart.total")),
                        rows, getLocale()));
    }

    private static ClusterShare share(Figures f, TechCluster c) {
        return f.perCluster().getOrDefault(c.code(), new ClusterShare(0, 0));
    }

    private Component outcomeChart(Figures f) {
        String heading = getTranslation("dashboard.outcomes.title");
        String summary = f.readable() == 0 ? getTranslation("dashboard.outcomes.summary.none")
                : getTranslation("dashboard.outcomes.summary", f.total(Outcome.APPROVED, Outcome.REJECTED), f.readable(),
                f.total(Outcome.APPROVED), f.total(Outcome.REJECTED), f.total(Outcome.AWAITING_REVIEW));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<DataTable.Row> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            String label = getTranslation(outcome.labelKey());
            long n = f.outcomes().get(outcome);
            bars.add(new BarChart.Bar(label, n, new Series(label, outcomeColor(outcome), Series.Style.SOLID)));
            rows.add(new DataTable.Row(label, List.of(n)));
        }
        return new ChartCard("chart-outcomes", heading, summary, null,
                new BarChart("chart-outcomes-svg", heading, summary, List.of(), bars, getLocale()),
                new DataTable(heading, getTranslation("dashboard.outcomes.state"),
                        List.of(getTranslation("dashboard.chart.proposals")), rows, getLocale()));
    }

    private static String outcomeColor(Outcome outcome) {
        return switch (outcome) {
            case APPROVED -> Series.GREEN;
            case REJECTED -> Series.RED;
            case CHANGES_REQUESTED -> Series.AMBER;
            case AWAITING_REVIEW -> Series.BLUE;
            case DRAFT -> Series.GREY;
            case WITHDRAWN_OR_MERGED -> Series.PURPLE;
        };
    }

    private Component throughputChart(Figures f) {
        String heading = getTranslation("dashboard.throughput.title");
        List<WeekCount> weeks = f.weeks();
        List<Series> series = List.of(
                new Series(getTranslation("dashboard.throughput.submitted"), Series.BLUE, Series.Style.SOLID),
                new Series(getTranslation("dashboard.throughput.approved"), Series.GREEN, Series.Style.HATCHED),
                new Series(getTranslation("dashboard.throughput.rejected"), Series.RED, Series.Style.DOTTED),
                new Series(getTranslation("dashboard.throughput.changes"), Series.AMBER, Series.Style.OUTLINE));
        String summary = weeks.isEmpty() ? getTranslation("dashboard.throughput.summary.none")
                : getTranslation("dashboard.throughput.summary", weeks.size(),
                weeks.stream().mapToLong(WeekCount::submitted).sum(), weeks.stream().mapToLong(WeekCount::approved).sum(),
                weeks.stream().mapToLong(WeekCount::rejected).sum(),
                weeks.stream().mapToLong(WeekCount::changesRequested).sum());
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("d MMM", getLocale());
        List<ColumnChart.Group> groups = weeks.stream().map(w -> new ColumnChart.Group(shortDate.format(w.monday()),
                List.of(w.submitted(), w.approved(), w.rejected(), w.changesRequested()))).toList();
        List<DataTable.Row> rows = weeks.stream().map(w -> new DataTable.Row(
                getTranslation("dashboard.throughput.week", Formats.date(w.monday(), getLocale())),
                List.of(w.submitted(), w.approved(), w.rejected(), w.changesRequested()))).toList();
        Component chart = weeks.isEmpty() ? new Div()
                : new ColumnChart("chart-throughput-svg", heading, summary, series, groups, getLocale());
        return new ChartCard("chart-throughput", heading, summary, getTranslation("dashboard.throughput.note"), chart,
                new DataTable(heading, getTranslation("dashboard.throughput.week-column"),
                        series.stream().map(Series::label).toList(), rows, getLocale()));
    }

    private Component roundCard(RoundSummary round) {
        Div card = new Div();
        card.addClassNames("card", "round-card");
        card.add(new H2(round.title()),
                new Paragraph(getTranslation("dashboard.round.edition", round.editionPeriod())),
                new Paragraph(getTranslation("dashboard.round.dates", Formats.date(round.opensOn(), getLocale()),
                        Formats.date(round.closesOn(), getLocale()))),
                new Paragraph(round.open() ? getTranslation("dashboard.round.days-left", round.daysLeft(Formats.today()))
                        : getTranslation("dashboard.round.closed")),
                new RoundTimeline(round));
        return card;
    }

    private Component statusCounts(Map<ProposalStatus, Long> counts, long total) {
        Div tiles = new Div();
        tiles.addClassName("stat-tiles");
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
