package it.lombardia.codesign.opendata.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import it.lombardia.codesign.opendata.EditionInfo;
import it.lombardia.codesign.opendata.Language;
import it.lombardia.codesign.opendata.OpenData;
import it.lombardia.codesign.opendata.OpenDataPaths;
import it.lombardia.codesign.opendata.RoundInfo;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the app publishes as open data, in which formats, and the links to download it: each
 * edition's content (adopted ones first), each round's proposals, and the API for programs.
 */
@Route("open-data")
@Menu(order = 12, title = "opendata.nav", icon = "DOWNLOAD")
@PermitAll
@StyleSheet("context://open-data.css")
class OpenDataView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Language> LANGUAGES = List.of(Language.EN, Language.IT);

    private final OpenData openData;
    private final Div editions = new Div();
    private final Div rounds = new Div();

    OpenDataView(OpenData openData) {
        this.openData = openData;
        addClassName("open-data-view");
        editions.addClassName("open-data-editions");
        rounds.addClassName("open-data-rounds");
        add(new ViewToolbar(getTranslation("opendata.title")),
                new Paragraph(getTranslation("opendata.intro")),
                formats(),
                section("opendata.editions", new Paragraph(getTranslation("opendata.editions.intro")),
                        allEditionsLinks(), editions),
                section("opendata.rounds", new Paragraph(getTranslation("opendata.rounds.intro")), rounds),
                apiSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> chosen = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("edition", List.of()).stream().findFirst().flatMap(Params::id);
        showEditions(chosen);
        showRounds();
    }

    private Section section(String headingKey, Component... content) {
        H2 heading = new H2(getTranslation(headingKey));
        Section section = new Section(heading);
        section.add(content);
        section.addClassName("open-data-section");
        return section;
    }

    private Component formats() {
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("opendata.formats.json")),
                new ListItem(getTranslation("opendata.formats.csv")),
                new ListItem(getTranslation("opendata.formats.lang")),
                new ListItem(getTranslation("opendata.formats.private")));
        list.addClassName("open-data-formats");
        return list;
    }

    private Component allEditionsLinks() {
        Paragraph all = new Paragraph(getTranslation("opendata.editions.all") + " ");
        all.add(link(OpenDataPaths.editions("json"), "JSON", getTranslation("opendata.editions.all") + " JSON"),
                new Span(" · "),
                link(OpenDataPaths.editions("csv") + "?lang=" + Language.forLocale(getLocale()).code(), "CSV",
                        getTranslation("opendata.editions.all") + " CSV"));
        return all;
    }

    private void showEditions(Optional<Long> chosen) {
        editions.removeAll();
        List<EditionInfo> list = openData.editions();
        if (list.isEmpty()) {
            editions.add(new Paragraph(getTranslation("opendata.editions.none")));
            return;
        }
        long open = chosen.filter(id -> list.stream().anyMatch(e -> e.id() == id)).orElse(list.getFirst().id());
        for (EditionInfo edition : list) {
            editions.add(edition(edition, edition.id() == open));
        }
    }

    private Details edition(EditionInfo edition, boolean opened) {
        boolean adopted = "ADOPTED".equals(edition.status());
        H3 title = new H3(edition.period());
        Span summary = new Span(title, new Badge(getTranslation("edition.status." + edition.status()),
                adopted ? "success" : "contrast", "small"));
        summary.addClassName("open-data-edition-summary");
        Div body = new Div();
        String facts = getTranslation("opendata.edition.facts", edition.macroThemeCount(), edition.priorityCount());
        if (adopted) {
            facts += " · " + getTranslation("opendata.edition.adopted", edition.actReference(),
                    Formats.date(edition.adoptedOn(), getLocale())) + " " + getTranslation("opendata.edition.public");
        } else {
            facts += " · " + getTranslation("opendata.edition.restricted");
        }
        body.add(new Paragraph(facts));
        long id = edition.id();
        String period = edition.period();
        body.add(downloads(getTranslation("opendata.table.caption", period), List.of(
                new Row(getTranslation("opendata.item.edition"), (format, lang) -> "json".equals(format)
                        ? OpenDataPaths.edition(id, lang) : null),
                new Row(getTranslation("opendata.item.macro-themes"),
                        (format, lang) -> OpenDataPaths.macroThemes(id, format, lang)),
                new Row(getTranslation("opendata.item.priorities"),
                        (format, lang) -> OpenDataPaths.priorities(id, format, lang)))));
        Details details = new Details(summary, body);
        details.setId("edition-" + id);
        details.addClassName("open-data-edition");
        details.setOpened(opened);
        return details;
    }

    private void showRounds() {
        rounds.removeAll();
        if (!openData.signedIn()) {
            return;
        }
        rounds.add(new Paragraph(link(OpenDataPaths.rounds(), getTranslation("opendata.rounds.all"), null)));
        List<RoundInfo> list = openData.rounds();
        if (list.isEmpty()) {
            rounds.add(new Paragraph(getTranslation("opendata.rounds.none")));
        }
        for (RoundInfo round : list) {
            Div block = new Div(new H3(round.title() + " · " + getTranslation("round.status." + round.status())));
            block.addClassName("open-data-round");
            block.setId("round-" + round.id());
            block.add(downloads(getTranslation("opendata.table.caption", round.title()), List.of(
                    new Row(getTranslation("opendata.item.proposals"),
                            (format, lang) -> OpenDataPaths.proposals(round.id(), format, lang)))));
            rounds.add(block);
        }
    }

    /** One address per data set, format and language; null where a format is not offered. */
    private record Row(String label, BiFunction<String, Language, String> href) {
    }

    private NativeTable downloads(String caption, List<Row> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("open-data-downloads");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("opendata.table.data"));
        for (String format : List.of("JSON", "CSV")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(format);
            cell.getElement().setAttribute("scope", "col");
        }
        for (Row row : rows) {
            NativeTableRow line = table.getBody().addRow();
            NativeTableHeaderCell label = line.addHeaderCell();
            label.setText(row.label());
            label.getElement().setAttribute("scope", "row");
            for (String format : List.of("json", "csv")) {
                NativeTableCell cell = line.addDataCell();
                for (Language language : LANGUAGES) {
                    String href = row.href().apply(format, language);
                    if (href != null) {
                        String text = getTranslation("opendata.lang." + language.code());
                        Anchor anchor = link(href, text, getTranslation("opendata.link.aria", row.label(), caption,
                                format.toUpperCase(java.util.Locale.ROOT), text));
                        anchor.getElement().setAttribute("hreflang", language.code());
                        cell.add(anchor);
                    }
                }
                if (cell.getChildren().findAny().isEmpty()) {
                    cell.setText("—");
                    cell.getElement().setAttribute("aria-label", getTranslation("opendata.table.not-offered"));
                }
            }
        }
        return table;
    }

    /** A file of the API: the browser fetches it itself instead of Vaadin's router. */
    private static Anchor link(String href, String text, String ariaLabel) {
        Anchor anchor = new Anchor(href, text);
        anchor.setRouterIgnore(true);
        if (ariaLabel != null) {
            anchor.getElement().setAttribute("aria-label", ariaLabel);
        }
        anchor.addClassName("open-data-link");
        return anchor;
    }

    private Section apiSection() {
        Anchor docs = new Anchor(OpenDataPaths.DOCS, getTranslation("opendata.api.docs"));
        docs.setRouterIgnore(true);
        docs.setTarget(AnchorTarget.BLANK);
        docs.setId("api-docs");
        Anchor openApi = new Anchor(OpenDataPaths.OPENAPI, getTranslation("opendata.api.openapi"));
        openApi.setRouterIgnore(true);
        openApi.setId("api-openapi");
        String base = baseUrl();
        Pre examples = new Pre(String.join("\n",
                "# " + getTranslation("opendata.api.example.public"),
                "curl " + base + OpenDataPaths.editions("json"),
                "",
                "# " + getTranslation("opendata.api.example.csv"),
                "curl -OJ \"" + base + OpenDataPaths.priorities(editionIdForExample(), "csv", Language.IT) + "\"",
                "",
                "# " + getTranslation("opendata.api.example.basic"),
                "curl -u USERNAME:PASSWORD " + base + OpenDataPaths.rounds()));
        examples.addClassName("open-data-examples");
        examples.getElement().setAttribute("aria-label", getTranslation("opendata.api.examples"));
        return section("opendata.api", new Paragraph(getTranslation("opendata.api.intro")),
                new UnorderedList(new ListItem(docs), new ListItem(openApi)),
                new H3(getTranslation("opendata.api.examples")), examples);
    }

    private long editionIdForExample() {
        return openData.editions().stream().findFirst().map(EditionInfo::id).orElse(1L);
    }

    /** The app's address as the browser reached it, for examples people copy. */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080/";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/").toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opendata.title");
    }
}
