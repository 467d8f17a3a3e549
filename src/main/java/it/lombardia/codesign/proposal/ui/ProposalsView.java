package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.live.Participants;
import it.lombardia.codesign.live.Presence;
import it.lombardia.codesign.live.ui.PagePresence;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The open round's proposals with filters; each filter can also come from the address. */
@Route("proposals")
@Menu(order = 4, title = "nav.proposals", icon = "LIGHTBULB")
@PermitAll
class ProposalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final ComboBox<Ecosystem> ecosystem = new ComboBox<>();
    private final ComboBox<TechCluster> cluster = new ComboBox<>();
    private final ComboBox<ProposalKind> kind = new ComboBox<>();
    private final ComboBox<ProposalStatus> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final ProposalGrid grid;
    private final Long roundId;

    ProposalsView(ProposalService proposals, RoundService rounds, CatalogService catalog, LiveUpdates live,
                  Presence presence, Participants participants) {
        this.catalog = catalog;
        addClassName("proposals-view");
        setSizeFull();
        Optional<RoundSummary> round = rounds.openRound();
        roundId = round.map(RoundSummary::id).orElse(null);

        Button create = new Button(getTranslation("proposals.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("proposals/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(round.isPresent() && proposals.mayCreate());
        String heading = round.map(r -> getTranslation("proposals.title-round", r.title())).orElse(getTranslation("proposals.title"));
        add(new ViewToolbar(heading, create));
        if (round.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.no-open-round")));
        } else {
            add(new PagePresence(this, "round:" + roundId, presence, participants, live).avatars());
        }

        ecosystem.setLabel(getTranslation("proposal.ecosystem"));
        ecosystem.setItems(catalog.ecosystems());
        ecosystem.setItemLabelGenerator(e -> e.name(getLocale()));
        cluster.setLabel(getTranslation("proposal.cluster"));
        cluster.setItems(catalog.clusters());
        cluster.setItemLabelGenerator(c -> c.shortLabel(getLocale()) + " · " + c.name(getLocale()));
        kind.setLabel(getTranslation("proposal.kind"));
        kind.setItems(ProposalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        status.setLabel(getTranslation("proposal.status"));
        status.setItems(ProposalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        text.setLabel(getTranslation("proposals.search"));
        text.setPlaceholder(getTranslation("proposals.search-placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        for (ComboBox<?> box : List.of(ecosystem, cluster, kind, status)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> applyFilter());
        }
        text.addValueChangeListener(e -> applyFilter());
        FlexLayout filters = new FlexLayout(text, ecosystem, cluster, kind, status);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid = new ProposalGrid(proposals, catalog, ProposalFilter.ofRound(roundId == null ? -1L : roundId)).live(live);
        grid.setSizeFull();
        add(filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        first(params, "ecosystem").flatMap(catalog::ecosystem).ifPresent(ecosystem::setValue);
        first(params, "cluster").flatMap(catalog::cluster).ifPresent(cluster::setValue);
        first(params, "kind").flatMap(v -> Params.constant(ProposalKind.class, v)).ifPresent(kind::setValue);
        first(params, "status").flatMap(v -> Params.constant(ProposalStatus.class, v)).ifPresent(status::setValue);
        first(params, "q").ifPresent(text::setValue);
        applyFilter();
    }

    private void applyFilter() {
        grid.setFilter(new ProposalFilter(roundId == null ? -1L : roundId,
                ecosystem.getOptionalValue().map(Ecosystem::code).orElse(null),
                cluster.getOptionalValue().map(TechCluster::code).orElse(null),
                kind.getValue(), status.getValue(), text.getValue()));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("proposals.title");
    }
}
