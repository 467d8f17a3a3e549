package it.lombardia.codesign.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.programme.ApprovedChange;
import it.lombardia.codesign.programme.ChangeKind;
import it.lombardia.codesign.programme.EditionPreparation;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.PriorityText;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.ui.DiffText;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The comparison page; changes made here roll back (Karibu runs on the test thread). */
@Transactional
class CompareEditionsViewTest extends KaribuTest {

    @Autowired
    ProgrammeService programme;
    @Autowired
    EditionPreparation preparation;

    @Test
    void comparesTheEditionInTheAddressWithTheOneBefore() {
        signIn("observer");
        EditionSummary preparing = edition("2026-2027");
        UI.getCurrent().navigate("programme/compare", QueryParameters.of("to", String.valueOf(preparing.id())));

        assertThat(_get(H1.class).getText()).isEqualTo("Compare editions");
        assertThat(picker("comparison-from").getValue().periodLabel()).isEqualTo("2024-2025");
        assertThat(picker("comparison-to").getValue().periodLabel()).isEqualTo("2026-2027");
        assertThat(sentence()).startsWith("2024-2025 → 2026-2027: 20 → 20 priorities (");
        assertThat(_find(NativeTable.class, s -> s.withClasses("comparison-table")).getFirst().getBody().getRows())
                .hasSize(8);
    }

    @Test
    void withoutAnAddressTheCurrentEditionIsComparedWithTheNextOne() {
        signIn("observer");
        UI.getCurrent().navigate("programme/compare");

        assertThat(picker("comparison-to").getValue().periodLabel()).isEqualTo("2024-2025");
        assertThat(picker("comparison-from").getValue().periodLabel()).isEqualTo("2026-2027");
        assertThat(notices()).anyMatch(n -> n.startsWith("The older edition is always shown on the left"));
        assertThat(sentence()).startsWith("2024-2025 → 2026-2027");
    }

    @Test
    void showsTheSummaryAndAChangedPriorityFieldByField() {
        signIn("reviewer");
        EditionSummary adopted = edition("2024-2025");
        EditionSummary preparing = edition("2026-2027");
        PriorityContent base = programme.content(adopted.id()).orElseThrow().macroThemes().getFirst().priorities().getFirst();
        PriorityContent retired = programme.content(adopted.id()).orElseThrow().macroThemes().get(1).priorities().getFirst();
        preparation.apply(new ApprovedChange.ChangedPriority(preparing.id(), 9101, base.id(), new PriorityText(
                base.title(), base.description() + " Now with recycled materials.", base.ecosystemImpact(),
                base.territorialImpact(), base.trlMin(), base.trlMax(), base.pnrrComponentCodes(), base.sdgNumbers(),
                base.horizonClusterCodes(), base.proposerClusterCodes())), "reviewer");
        preparation.apply(new ApprovedChange.RetiredPriority(preparing.id(), 9102, retired.id()), "reviewer");

        UI.getCurrent().navigate("programme/compare", QueryParameters.simple(Map.of(
                "from", String.valueOf(adopted.id()), "to", String.valueOf(preparing.id()))));

        assertThat(sentence()).startsWith("2024-2025 → 2026-2027: 20 → 19 priorities (−1: 1 retired, 0 new, ");
        assertThat(tileNumber("tile-retired")).isEqualTo("1");
        assertThat(tileNumber("tile-total-before")).isEqualTo("20");
        assertThat(tileNumber("tile-total-after")).isEqualTo("19");
        assertThat(_find(NativeTableRow.class)).anyMatch(r -> text(r).contains("−1 (1 fewer)"));

        Details changed = _find(Details.class, s -> s.withClasses("comparison-priority")).stream()
                .filter(d -> text(d.getSummary()).contains(base.title()) && text(d.getSummary()).contains("Changed"))
                .findFirst().orElseThrow();
        changed.setOpened(true);
        SideBySideDiff diff = _get(changed, SideBySideDiff.class);
        assertThat(diff.changedCount()).isEqualTo(1);
        assertThat(_find(diff, DiffText.Addition.class)).extracting(DiffText.Addition::changedText)
                .containsExactly(" Now with recycled materials.");

        // a tile shows only its kind; unchanged priorities are hidden until asked for
        assertThat(filter().getValue()).doesNotContain(ChangeKind.UNCHANGED);
        _click(_get(Button.class, s -> s.withId("tile-retired")));
        assertThat(filter().getValue()).containsExactly(ChangeKind.RETIRED);
        assertThat(_find(Details.class, s -> s.withClasses("comparison-priority"))).singleElement()
                .satisfies(d -> assertThat(text(d.getSummary())).contains(retired.title()));
    }

    @Test
    void choosingAnEditionUpdatesTheAddress() {
        signIn("observer");
        UI.getCurrent().navigate("programme/compare", QueryParameters.of("to", String.valueOf(edition("2026-2027").id())));

        _setValue(picker("comparison-to"), edition("2024-2025"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("to", List.of(String.valueOf(edition("2024-2025").id())))
                .containsEntry("from", List.of(String.valueOf(edition("2024-2025").id())));
        assertThat(notices()).anyMatch(n -> n.contains("comparing the 2024-2025 edition with itself"));
        assertThat(_find(Details.class, s -> s.withClasses("comparison-priority"))).isEmpty();
    }

    @Test
    void unknownEditionsInTheAddressAreToldNotFailed() {
        signIn("observer");
        UI.getCurrent().navigate("programme/compare", QueryParameters.simple(Map.of("from", "abc", "to", "987654")));

        assertThat(notices()).contains(
                "The address names an edition that does not exist (987654). The comparison below uses the default editions instead.",
                "The address names an edition that does not exist (abc). The comparison below uses the default editions instead.");
        assertThat(picker("comparison-to").getValue().periodLabel()).isEqualTo("2024-2025");
        assertThat(sentence()).startsWith("2024-2025 → 2026-2027");
    }

    @Test
    void italianShowsItalianLabels() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("programme/compare", QueryParameters.of("to", String.valueOf(edition("2026-2027").id())));

        assertThat(_get(H1.class).getText()).isEqualTo("Confronta le edizioni");
        assertThat(picker("comparison-from").getLabel()).isEqualTo("Edizione precedente");
        assertThat(sentence()).startsWith("2024-2025 → 2026-2027: 20 → 20 priorità (");
        assertThat(filter().getLabel()).isEqualTo("Mostra");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<EditionSummary> picker(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<ChangeKind> filter() {
        return _get(CheckboxGroup.class);
    }

    private static String sentence() {
        return _get(Paragraph.class, s -> s.withId("comparison-sentence")).getText();
    }

    private static List<String> notices() {
        return _find(Paragraph.class, s -> s.withClasses("comparison-notice")).stream().map(Paragraph::getText).toList();
    }

    private static String tileNumber(String id) {
        Button tile = _get(Button.class, s -> s.withId(id));
        return tile.getElement().getChild(0).getText();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private EditionSummary edition(String period) {
        return programme.editions().stream().filter(e -> e.periodLabel().equals(period)).findFirst().orElseThrow();
    }
}
