package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.EditionConsolidation;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionStatus;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Browse an edition of the Work Programme: its macro-themes and priorities with all their links. */
@Route("programme")
@Menu(order = 3, title = "nav.programme", icon = "BOOK")
@PermitAll
class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programme;
    private final CatalogService catalog;
    private final EditionConsolidation consolidation;
    private final ComboBox<EditionSummary> editionPicker = new ComboBox<>();
    private final Div editionFacts = new Div();
    /** Where the edition goes from here: the other features' pages, linked by route. */
    private final Div editionLinks = new Div();
    private final Div content = new Div();

    ProgrammeView(ProgrammeService programme, CatalogService catalog, EditionConsolidation consolidation) {
        this.programme = programme;
        this.catalog = catalog;
        this.consolidation = consolidation;
        addClassName("programme-view");
        editionPicker.setLabel(getTranslation("programme.edition"));
        editionPicker.setWidth("16em");
        editionPicker.setItems(programme.editions());
        editionPicker.setItemLabelGenerator(e -> e.periodLabel() + " · " + getTranslation(e.status().labelKey()));
        editionPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class,
                        QueryParameters.of("edition", String.valueOf(e.getValue().id()))));
            }
        });
        editionFacts.addClassName("edition-facts");
        editionLinks.addClassName("edition-links");
        content.addClassName("macro-themes");
        add(new ViewToolbar(getTranslation("programme.title"), editionPicker), editionFacts, editionLinks, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> requested = event.getLocation().getQueryParameters().getParameters().getOrDefault("edition", List.of());
        Optional<EditionSummary> edition = requested.stream().findFirst()
                .flatMap(Params::id)
                .flatMap(programme::edition)
                .or(programme::currentEdition)
                .or(() -> programme.editions().stream().findFirst());
        edition.flatMap(e -> programme.content(e.id())).ifPresentOrElse(this::show,
                () -> content.add(new Paragraph(getTranslation("programme.none"))));
    }

    private void show(EditionContent edition) {
        editionPicker.setValue(edition.edition());
        editionFacts.removeAll();
        EditionSummary e = edition.edition();
        String facts = getTranslation("programme.facts", edition.macroThemes().size(), edition.priorityCount());
        if (e.adopted()) {
            facts += " · " + getTranslation("programme.adopted-by", e.actReference(), Formats.date(e.adoptedOn(), getLocale()));
        } else {
            facts += " · " + getTranslation("programme.in-preparation");
        }
        editionFacts.add(new Paragraph(facts));
        showLinks(e);
        content.removeAll();
        if (edition.macroThemes().isEmpty()) {
            content.add(new Paragraph(getTranslation("programme.empty")));
        }
        for (MacroThemeContent macroTheme : edition.macroThemes()) {
            content.add(new MacroThemeCard(macroTheme, catalog, getLocale()));
        }
    }

    private void showLinks(EditionSummary edition) {
        editionLinks.removeAll();
        String id = String.valueOf(edition.id());
        editionLinks.add(link("edition-compare", "programme.link.compare", "programme/compare?to=" + id),
                link("edition-documents", "programme.link.documents", "documents?edition=" + id),
                link("edition-open-data", "programme.link.open-data", "open-data?edition=" + id));
        if (edition.status() == EditionStatus.DRAFT && consolidation.mayConsolidate(edition.id())) {
            editionLinks.add(link("edition-consolidate", "programme.link.consolidate", "programme/consolidation/" + id));
        }
    }

    private Anchor link(String id, String key, String href) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.title");
    }
}
