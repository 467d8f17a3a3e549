package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.EditionComparison;
import it.lombardia.codesign.programme.EditionDiff;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two editions of the Work Programme side by side: what was retired, added, rewritten or moved, in
 * a sentence, in tiles, per ecosystem, and priority by priority. The address names the editions
 * ({@code ?from=ID&to=ID}); the Work Programme page links here with {@code ?to=ID} alone, and the
 * edition before it (by start year) is then the one it is compared with.
 */
@Route("programme/compare")
@PermitAll
@StyleSheet("context://comparison.css")
class CompareEditionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programme;
    private final EditionComparison comparison;
    private final CatalogService catalog;
    private final ComboBox<EditionSummary> fromPicker = new ComboBox<>();
    private final ComboBox<EditionSummary> toPicker = new ComboBox<>();
    private final Anchor back = new Anchor("programme", "");
    private final Div notices = new Div();
    private final Div content = new Div();
    private PriorityChangeList priorityList;

    CompareEditionsView(ProgrammeService programme, EditionComparison comparison, CatalogService catalog) {
        this.programme = programme;
        this.comparison = comparison;
        this.catalog = catalog;
        addClassName("compare-editions-view");
        List<EditionSummary> editions = programme.editions();
        setUp(fromPicker, "comparison.from", "comparison-from", editions);
        setUp(toPicker, "comparison.to", "comparison-to", editions);
        back.setText(getTranslation("comparison.back"));
        back.setId("comparison-back");
        notices.addClassName("comparison-notices");
        notices.getElement().setAttribute("role", "status");
        content.addClassName("comparison-content");
        content.setWidthFull();
        add(new ViewToolbar(getTranslation("comparison.title"), fromPicker, toPicker), back, notices, content);
    }

    private void setUp(ComboBox<EditionSummary> picker, String labelKey, String id, List<EditionSummary> editions) {
        picker.setLabel(getTranslation(labelKey));
        picker.setId(id);
        picker.setWidth("16em");
        picker.setItems(editions);
        picker.setItemLabelGenerator(e -> e.periodLabel() + " · " + getTranslation(e.status().labelKey()));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && fromPicker.getValue() != null && toPicker.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CompareEditionsView.class, QueryParameters.simple(Map.of(
                        "from", String.valueOf(fromPicker.getValue().id()),
                        "to", String.valueOf(toPicker.getValue().id())))));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notices.removeAll();
        content.removeAll();
        priorityList = null;
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<EditionSummary> to = requested(parameters, "to").or(programme::currentEdition)
                .or(() -> programme.editions().stream().findFirst());
        if (to.isEmpty()) {
            content.add(new Paragraph(getTranslation("comparison.none")));
            return;
        }
        EditionSummary from = requested(parameters, "from").orElseGet(() -> previous(to.get()));
        fromPicker.setValue(from);
        toPicker.setValue(to.get());
        back.setHref("programme?edition=" + to.get().id());
        if (from.id() == to.get().id()) {
            Paragraph same = notice(getTranslation("comparison.same-edition", from.periodLabel()));
            same.setId("comparison-same-edition");
            return;
        }
        show(comparison.compare(from.id(), to.get().id()), from.startYear() > to.get().startYear());
    }

    /** The edition the address names, if it exists; a clear notice when it names one that does not. */
    private Optional<EditionSummary> requested(Map<String, List<String>> parameters, String name) {
        Optional<String> value = parameters.getOrDefault(name, List.of()).stream().findFirst();
        if (value.isEmpty() || value.get().isBlank()) {
            return Optional.empty();
        }
        Optional<EditionSummary> edition = Params.id(value.get()).flatMap(programme::edition);
        if (edition.isEmpty()) {
            notice(getTranslation("comparison.error.bad-address", value.get())).addClassName("comparison-bad-address");
        }
        return edition;
    }

    /** The edition before this one by start year; for the oldest edition, the one after it; else itself. */
    private EditionSummary previous(EditionSummary edition) {
        List<EditionSummary> editions = programme.editions();
        return editions.stream().filter(e -> e.startYear() < edition.startYear())
                .max(Comparator.comparingInt(EditionSummary::startYear))
                .or(() -> editions.stream().filter(e -> e.startYear() > edition.startYear())
                        .min(Comparator.comparingInt(EditionSummary::startYear)))
                .orElse(edition);
    }

    private Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("comparison-notice");
        notices.add(notice);
        return notice;
    }

    private void show(EditionDiff diff, boolean reversed) {
        if (reversed) {
            notice(getTranslation("comparison.reversed", diff.before().periodLabel(), diff.after().periodLabel()));
        }
        ChangeTexts texts = new ChangeTexts(catalog, getLocale(), this::getTranslation);
        priorityList = new PriorityChangeList(diff, texts);
        content.add(new ComparisonSummary(diff, priorityList::show), new EcosystemChangeTable(diff, texts), priorityList,
                new MacroThemeChangeList(diff, texts));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title");
    }
}
