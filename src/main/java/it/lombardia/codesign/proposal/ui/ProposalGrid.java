package it.lombardia.codesign.proposal.ui;

import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.proposal.ProposalChanges;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * Proposals matching a filter, paged and sorted in the database: only the visible rows are ever
 * loaded. Used by the proposals view and by the ecosystem and cluster pages.
 */
public class ProposalGrid extends Grid<ProposalSummary> {

    private final transient ProposalService proposals;
    private ProposalFilter filter;

    public ProposalGrid(ProposalService proposals, CatalogService catalog, ProposalFilter initialFilter) {
        super(ProposalSummary.class, false);
        this.proposals = proposals;
        this.filter = initialFilter;
        Locale locale = getLocale();
        addClassName("proposal-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel(getTranslation("proposals.grid"));

        addComponentColumn(p -> {
            Anchor link = new Anchor("proposals/" + p.id(), p.title());
            link.addClassName("proposal-link");
            return link;
        }).setHeader(getTranslation("proposal.title")).setKey("title").setSortProperty("title").setFlexGrow(3)
                .setWidth("22em").setTooltipGenerator(ProposalSummary::title);
        addColumn(p -> getTranslation(p.kind().labelKey())).setHeader(getTranslation("proposal.kind"))
                .setKey("kind").setSortProperty("kind").setAutoWidth(true);
        addComponentColumn(p -> new Badge(getTranslation(p.status().labelKey()), StatusTheme.of(p.status())))
                .setHeader(getTranslation("proposal.status")).setKey("status").setSortProperty("status").setAutoWidth(true);
        addColumn(p -> label(catalog, p.leadClusterCode(), locale)).setHeader(getTranslation("proposal.lead-cluster"))
                .setKey("lead").setSortProperty("leadClusterCode").setAutoWidth(true);
        addColumn(p -> p.coClusterCodes().stream().map(c -> label(catalog, c, locale)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("proposal.co-clusters")).setKey("co")
                .setWidth("9em");
        addColumn(p -> p.ecosystemCodes().stream()
                .map(c -> catalog.ecosystem(c).map(e -> e.name(locale)).orElse(c)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("proposal.ecosystems")).setKey("ecosystems")
                .setWidth("14em").setFlexGrow(2);
        addColumn(p -> Formats.dateTime(p.updatedAt(), locale)).setHeader(getTranslation("proposal.updated"))
                .setKey("updated").setSortProperty("updatedAt").setAutoWidth(true);

        setItems(query -> proposals.search(filter,
                        VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(sortOf(query.getSortOrders()))).stream(),
                query -> (int) proposals.count(filter));
    }

    public void setFilter(ProposalFilter filter) {
        this.filter = filter;
        getDataProvider().refreshAll();
    }

    /**
     * Keeps the rows current: any committed change to a proposal of the filter's round reloads the
     * visible page (batched, see {@link LiveUpdates}).
     */
    public ProposalGrid live(LiveUpdates live) {
        live.bind(this, m -> filter.roundId() != null && ProposalChanges.inRound(filter.roundId()).test(m),
                messages -> getDataProvider().refreshAll());
        return this;
    }

    public ProposalFilter getFilter() {
        return filter;
    }

    private static Sort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
        }
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList()).and(Sort.by("id"));
    }

    private static String label(CatalogService catalog, String clusterCode, Locale locale) {
        return catalog.cluster(clusterCode).map(c -> c.shortLabel(locale)).orElse(clusterCode);
    }
}
