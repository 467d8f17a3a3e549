package it.lombardia.codesign.review.ui;

import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.proposal.ProposalChanges;
import it.lombardia.codesign.review.ReviewChanges;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.review.AssignmentDetails;
import it.lombardia.codesign.review.ReviewQueue;
import it.lombardia.codesign.review.ReviewQueueFilter;
import it.lombardia.codesign.review.ReviewQueueRow;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The review queue of region staff: the round's submitted proposals with their reviewers and due
 * dates. The filters come from and go to the address, so a filtered queue can be bookmarked.
 */
@Route("reviews")
@Menu(order = 5, title = "review.nav.queue", icon = "CLIPBOARD_CHECK")
@RolesAllowed({"REVIEWER", "ADMIN"})
class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "reviews";

    private final CatalogService catalog;
    private final Checkbox pending = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final ComboBox<Ecosystem> ecosystem = new ComboBox<>();
    private final TextField text = new TextField();
    private final Grid<ReviewQueueRow> grid = new Grid<>();
    private ReviewQueueFilter filter = ReviewQueueFilter.pendingOnly();
    private boolean reading;

    ReviewQueueView(ReviewQueue queue, RoundService rounds, CatalogService catalog, LiveUpdates live) {
        this.catalog = catalog;
        addClassName("review-queue-view");
        setSizeFull();
        Button templates = new Button(getTranslation("review.templates.title"), VaadinIcon.COMMENTS_O.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AnswerTemplatesView.ROUTE)));
        templates.setId("open-templates");
        templates.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Optional<RoundSummary> round = rounds.openRound();
        String heading = round.map(r -> getTranslation("review.queue.title-round", r.title()))
                .orElse(getTranslation("review.queue.title"));
        add(new ViewToolbar(heading, templates));
        // proposals moving on, reviewers assigned, assessments written: the visible page is read again
        live.bind(grid, m -> m.is(ProposalChanges.TOPIC) || m.is(ReviewChanges.TOPIC),
                messages -> grid.getDataProvider().refreshAll());
        if (round.isEmpty()) {
            add(new Paragraph(getTranslation("review.queue.no-round")));
        }

        pending.setLabel(getTranslation("review.queue.pending"));
        pending.setId("filter-pending");
        mine.setLabel(getTranslation("review.queue.mine"));
        mine.setId("filter-mine");
        overdue.setLabel(getTranslation("review.queue.overdue"));
        overdue.setId("filter-overdue");
        ecosystem.setLabel(getTranslation("proposal.ecosystem"));
        ecosystem.setId("filter-ecosystem");
        ecosystem.setItems(catalog.ecosystems());
        ecosystem.setItemLabelGenerator(e -> e.name(getLocale()));
        ecosystem.setClearButtonVisible(true);
        text.setLabel(getTranslation("proposals.search"));
        text.setId("filter-text");
        text.setPlaceholder(getTranslation("proposals.search-placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        pending.addValueChangeListener(e -> filterChanged());
        mine.addValueChangeListener(e -> filterChanged());
        overdue.addValueChangeListener(e -> filterChanged());
        ecosystem.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());
        HorizontalLayout checks = new HorizontalLayout(pending, mine, overdue);
        checks.setAlignItems(FlexComponent.Alignment.BASELINE);
        checks.addClassName("queue-checks");
        FlexLayout filters = new FlexLayout(text, ecosystem, checks);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid(queue);
        add(filters, grid);
    }

    private void configureGrid(ReviewQueue queue) {
        grid.addClassName("review-queue-grid");
        grid.setAriaLabel(getTranslation("review.queue.grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(row -> {
                    Anchor link = new Anchor(ProposalReviewView.route(row.proposal().id()), row.proposal().title());
                    link.addClassName("proposal-link");
                    return link;
                }).setHeader(getTranslation("proposal.title")).setKey("title").setSortProperty(ReviewQueue.SORT_TITLE)
                .setFlexGrow(3).setWidth("20em").setTooltipGenerator(row -> row.proposal().title());
        grid.addComponentColumn(row -> StatusBadge.of(row.proposal().status(),
                        getTranslation(row.proposal().status().labelKey())))
                .setHeader(getTranslation("proposal.status")).setKey("status").setSortProperty(ReviewQueue.SORT_STATUS)
                .setAutoWidth(true);
        grid.addColumn(row -> catalog.cluster(row.proposal().leadClusterCode()).map(c -> c.shortLabel(getLocale()))
                        .orElse(row.proposal().leadClusterCode()))
                .setHeader(getTranslation("proposal.lead-cluster")).setKey("lead").setAutoWidth(true);
        grid.addColumn(row -> row.proposal().ecosystemCodes().stream()
                        .map(c -> catalog.ecosystem(c).map(e -> e.name(getLocale())).orElse(c)).sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("proposal.ecosystems")).setKey("ecosystems").setWidth("12em").setFlexGrow(2);
        grid.addColumn(this::reviewers).setHeader(getTranslation("review.queue.reviewers")).setKey("reviewers")
                .setWidth("12em").setFlexGrow(2);
        grid.addComponentColumn(this::due).setHeader(getTranslation("review.queue.due")).setKey("due")
                .setSortProperty(ReviewQueue.SORT_DUE).setAutoWidth(true);
        grid.addColumn(ReviewQueueRow::assessments).setHeader(getTranslation("review.queue.assessments"))
                .setKey("assessments").setSortProperty(ReviewQueue.SORT_ASSESSMENTS).setAutoWidth(true);
        grid.addItemClickListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ProposalReviewView.route(e.getItem().proposal().id()))));
        grid.setItems(query -> queue.page(filter, PageRequest.of(query.getPage(), query.getPageSize(),
                        sortOf(query.getSortOrders()))).stream(),
                query -> (int) queue.count(filter));
        grid.setEmptyStateText(getTranslation("review.queue.empty"));
    }

    private String reviewers(ReviewQueueRow row) {
        if (row.assignments().isEmpty()) {
            return getTranslation("review.queue.unassigned");
        }
        return row.assignments().stream().map(AssignmentDetails::reviewerName).collect(Collectors.joining(", "));
    }

    private HorizontalLayout due(ReviewQueueRow row) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        cell.add(new Span(row.dueOn() == null ? "" : Formats.date(row.dueOn(), getLocale())));
        if (row.overdue()) {
            Badge badge = new Badge(getTranslation("review.overdue"), "error");
            badge.addClassName("overdue-badge");
            cell.add(badge);
        }
        return cell;
    }

    private static Sort sortOf(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        try {
            // Without any filter in the address the queue shows what still waits for a reviewer.
            pending.setValue(params.isEmpty() || flag(params, "pending"));
            mine.setValue(flag(params, "mine"));
            overdue.setValue(flag(params, "overdue"));
            ecosystem.setValue(first(params, "ecosystem").flatMap(catalog::ecosystem).orElse(null));
            text.setValue(first(params, "q").orElse(""));
        } finally {
            reading = false;
        }
        applyFilter();
    }

    private void filterChanged() {
        if (reading) {
            return;
        }
        applyFilter();
        // Keep the address in step without navigating, so that reloading or sharing it gives this queue.
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, queryParameters()));
    }

    private void applyFilter() {
        filter = new ReviewQueueFilter(pending.getValue(), mine.getValue(), overdue.getValue(),
                ecosystem.getOptionalValue().map(Ecosystem::code).orElse(null), text.getValue());
        grid.getDataProvider().refreshAll();
    }

    private QueryParameters queryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("pending", String.valueOf(pending.getValue()));
        if (mine.getValue()) {
            values.put("mine", "true");
        }
        if (overdue.getValue()) {
            values.put("overdue", "true");
        }
        ecosystem.getOptionalValue().ifPresent(e -> values.put("ecosystem", e.code()));
        if (!text.getValue().isBlank()) {
            values.put("q", text.getValue().strip());
        }
        return QueryParameters.simple(values);
    }

    private static boolean flag(Map<String, List<String>> params, String name) {
        return first(params, name).map(v -> v.isEmpty() || Boolean.parseBoolean(v)).orElse(false);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
