package it.lombardia.codesign.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.proposal.ProposalRecord;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.RoundProposals;
import it.lombardia.codesign.proposal.StatusChange;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.round.ui.RoundTimeline;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.ui.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's charts: their cards, their numbers, their tables and the round they show. */
class DashboardChartsTest extends KaribuTest {

    static final Map<String, String> CARDS = Map.of(
            "chart-ecosystems", "Proposals per ecosystem",
            "chart-clusters", "Proposals per cluster",
            "chart-outcomes", "Outcomes",
            "chart-matrix", "Proposals by cluster and ecosystem",
            "chart-throughput", "Review throughput per week");

    @Autowired
    RoundService rounds;
    @Autowired
    RoundProposals roundProposals;
    @Autowired
    CatalogService catalog;

    @Test
    void everyRoleSeesEveryChartCardWithItsHeading() {
        for (String username : List.of("admin", "reviewer", "afil.rep", "observer")) {
            signIn(username);
            UI.getCurrent().navigate("");
            CARDS.forEach((id, heading) -> assertThat(_get(card(id), H2.class).getText()).as(username + " " + id)
                    .isEqualTo(heading));
        }
    }

    @Test
    void perEcosystemNumbersAreTheProposalsTheUserMayRead() {
        for (String username : List.of("observer", "afil.rep", "reviewer")) {
            signIn(username);
            UI.getCurrent().navigate("");
            long roundId = rounds.openRound().orElseThrow().id();
            List<ProposalRecord> standing = roundProposals.of(roundId).stream()
                    .filter(p -> p.status() != ProposalStatus.WITHDRAWN && p.status() != ProposalStatus.MERGED).toList();
            Map<String, Long> expected = new LinkedHashMap<>();
            for (Ecosystem e : catalog.ecosystems()) {
                expected.put(e.name(UI.getCurrent().getLocale()),
                        standing.stream().filter(p -> p.ecosystemCodes().contains(e.code())).count());
            }

            Map<String, Long> table = tableFigures("chart-ecosystems");
            assertThat(table).as(username).containsExactlyEntriesOf(expected);
            // all eight, zero included, and the same numbers printed on the bars
            assertThat(table).hasSize(8);
            List<String> onBars = texts(svg("chart-ecosystems"), "bar-value");
            assertThat(onBars).as(username).containsExactlyElementsOf(expected.values().stream().map(String::valueOf).toList());
            long most = expected.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(summary("chart-ecosystems")).as(username).endsWith(": " + most + " of " + standing.size() + ".");
        }
    }

    @Test
    void observersCountInTilesAndChartsOnlyTheProposalsTheyMayRead() {
        signIn("observer");
        UI.getCurrent().navigate("");
        long readable = roundProposals.of(rounds.openRound().orElseThrow().id()).size();
        // demo drafts of the clusters are not the observer's to read, nor to count
        _assertNone(Paragraph.class, s -> s.withId("charts-scope"));
        long outcomes = tableFigures("chart-outcomes").values().stream().mapToLong(Long::longValue).sum();
        assertThat(outcomes).isEqualTo(readable);
        assertThat(tableFigures("chart-outcomes")).containsEntry("Draft", 0L);
    }

    @Test
    void chartsAreReadableWithoutSeeingThem() {
        signIn("reviewer");
        UI.getCurrent().navigate("");
        for (String id : List.of("chart-ecosystems", "chart-clusters", "chart-outcomes", "chart-throughput")) {
            Element svg = svg(id);
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
            assertThat(svg.getAttribute("width")).isEqualTo("100%");
            Element title = descendants(svg, "title").getFirst();
            Element desc = descendants(svg, "desc").getFirst();
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
            assertThat(svg.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
            assertThat(title.getText()).isEqualTo(CARDS.get(id));
            assertThat(desc.getText()).startsWith(summary(id));

            NativeDetails details = _get(card(id), NativeDetails.class);
            assertThat(details.getSummaryText()).isEqualTo("Show data as table");
            Element table = descendants(details.getElement(), "table").getFirst();
            assertThat(descendants(table, "caption").getFirst().getText()).isEqualTo(CARDS.get(id));
            List<Element> headers = descendants(descendants(table, "thead").getFirst(), "th");
            assertThat(headers).hasSizeGreaterThan(1).allMatch(th -> "col".equals(th.getAttribute("scope")));
            for (Element row : descendants(descendants(table, "tbody").getFirst(), "tr")) {
                assertThat(row.getChild(0).getTag()).isEqualTo("th");
                assertThat(row.getChild(0).getAttribute("scope")).isEqualTo("row");
                assertThat(row.getChildCount()).isEqualTo(headers.size());
            }
        }
        // two series told apart by a legend with words, not by colour alone
        assertThat(texts(svg("chart-clusters"), "legend-label")).containsExactly("Led", "Co-proposed");
        assertThat(texts(svg("chart-throughput"), "legend-label"))
                .containsExactly("Submitted", "Approved", "Rejected", "Changes requested");
        Element matrixTable = descendants(card("chart-matrix").getElement(), "table").getFirst();
        assertThat(descendants(matrixTable, "caption").getFirst().getText()).isEqualTo(CARDS.get("chart-matrix"));
        assertThat(_get(card("chart-matrix"), com.vaadin.flow.component.html.Span.class,
                s -> s.withClasses("heat-legend-title")).getText()).startsWith("Darker cells hold more proposals");
    }

    @Test
    void throughputHasOneColumnGroupPerWeekFromTheFirstSubmissionToToday() {
        signIn("reviewer");
        UI.getCurrent().navigate("");
        List<StatusChange> changes = roundProposals.statusChanges(rounds.openRound().orElseThrow().id());
        LocalDate first = changes.stream()
                .filter(c -> c.to() == ProposalStatus.SUBMITTED || c.to() == ProposalStatus.RESUBMITTED)
                .map(c -> c.at().atZone(Lombardy.ZONE).toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        long weeks = ChronoUnit.WEEKS.between(monday(first), monday(Formats.today())) + 1;
        assertThat(weeks).isGreaterThan(1);

        Map<String, Long> rows = tableFigures("chart-throughput");
        assertThat(rows).hasSize((int) weeks);
        assertThat(rows.keySet().iterator().next()).isEqualTo("Week of " + Formats.date(monday(first), java.util.Locale.ENGLISH));
        long submissions = changes.stream()
                .filter(c -> c.to() == ProposalStatus.SUBMITTED || c.to() == ProposalStatus.RESUBMITTED).count();
        assertThat(rows.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(submissions);
        assertThat(summary("chart-throughput")).startsWith("In " + weeks + " weeks: " + submissions + " submitted");
        assertThat(texts(svg("chart-throughput"), "axis-period")).isNotEmpty().first().asString()
                .matches("\\d{1,2} [A-Z][a-z]{2}");
    }

    @Test
    void aRoundChosenInTheAddressIsShownAndAnUnknownOneFallsBackToTheOpenRound() {
        signIn("observer");
        RoundSummary open = rounds.openRound().orElseThrow();
        UI.getCurrent().navigate("", QueryParameters.of("round", String.valueOf(open.id())));
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("EDP 2026-2027");
        assertThat(_find(Paragraph.class, s -> s.withId("round-unknown"))).isEmpty();

        UI.getCurrent().navigate("", QueryParameters.of("round", "987654"));
        assertThat(_get(Paragraph.class, s -> s.withId("round-unknown")).getText())
                .isEqualTo("There is no such round; showing EDP 2026-2027.");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("EDP 2026-2027", "Proposals per ecosystem");

        UI.getCurrent().navigate("", QueryParameters.of("round", "not-a-number"));
        assertThat(_get(Paragraph.class, s -> s.withId("round-unknown")).getText()).startsWith("There is no such round");
        _get(RoundTimeline.class);
    }

    @Test
    @Transactional
    void withNoRoundOpenTheLatestRoundKeepsItsFigures() {
        signIn("admin");
        RoundSummary round = rounds.openRound().orElseThrow();
        while (!round.phase().closed()) {
            round = rounds.advance(round.id(), round.version());
        }
        UI.getCurrent().navigate("");

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("No EDP round is open at the moment.", "This round is closed.");
        assertThat(_get(Anchor.class, s -> s.withId("manage-rounds")).getHref()).isEqualTo("rounds");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("EDP 2026-2027");
        CARDS.keySet().forEach(DashboardChartsTest::card);
        assertThat(tableFigures("chart-ecosystems")).hasSize(8);

        signIn("observer");
        UI.getCurrent().navigate("", QueryParameters.of("round", String.valueOf(round.id())));
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("EDP 2026-2027", "Outcomes");
        assertThat(_find(Anchor.class, s -> s.withId("manage-rounds"))).isEmpty();
    }

    @Test
    void italianLabels() {
        useItalian();
        signIn("reviewer");
        UI.getCurrent().navigate("");

        assertThat(_get(card("chart-ecosystems"), H2.class).getText()).isEqualTo("Proposte per ecosistema");
        assertThat(_get(card("chart-clusters"), H2.class).getText()).isEqualTo("Proposte per cluster");
        assertThat(_get(card("chart-outcomes"), H2.class).getText()).isEqualTo("Esiti");
        assertThat(_get(card("chart-throughput"), H2.class).getText()).isEqualTo("Revisioni per settimana");
        assertThat(_get(card("chart-ecosystems"), NativeDetails.class).getSummaryText()).isEqualTo("Mostra i dati in tabella");
        assertThat(tableFigures("chart-ecosystems")).containsKey("Manifattura avanzata");
        assertThat(tableFigures("chart-outcomes")).containsKeys("Approvate", "In attesa di revisione", "Bozze");
        assertThat(summary("chart-ecosystems")).contains(" ha più proposte: ");
        assertThat(tableFigures("chart-throughput").keySet()).allMatch(week -> week.startsWith("Settimana del "));
        assertThat(texts(svg("chart-clusters"), "legend-label")).containsExactly("Capofila", "Co-proposte");
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Component card(String id) {
        return _get(Component.class, s -> s.withId(id));
    }

    private static String summary(String id) {
        return _get(card(id), Paragraph.class, s -> s.withClasses("chart-summary")).getText();
    }

    private static Element svg(String id) {
        List<Element> svgs = descendants(card(id).getElement(), "svg");
        assertThat(svgs).hasSize(1);
        return svgs.getFirst();
    }

    /** Row header to the row's first figure (proposals, led, submitted), from the card's data table. */
    private static Map<String, Long> tableFigures(String id) {
        Element table = descendants(card(id).getElement(), "table").getFirst();
        Map<String, Long> figures = new LinkedHashMap<>();
        for (Element row : descendants(descendants(table, "tbody").getFirst(), "tr")) {
            figures.put(row.getChild(0).getText(), Long.parseLong(row.getChild(1).getText()));
        }
        return figures;
    }

    private static List<String> texts(Element svg, String cssClass) {
        return descendants(svg, "text").stream().filter(t -> t.getClassList().contains(cssClass)).map(Element::getText)
                .toList();
    }

    static List<Element> descendants(Element root, String tag) {
        List<Element> found = new ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            if (child.getTag().equals(tag)) {
                found.add(child);
            }
            found.addAll(descendants(child, tag));
        });
        return found;
    }
}
