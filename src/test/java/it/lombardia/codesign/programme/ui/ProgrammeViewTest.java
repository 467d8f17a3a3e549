package it.lombardia.codesign.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgrammeViewTest extends KaribuTest {

    @Autowired
    ProgrammeService programme;

    @Test
    void showsTheCurrentAdoptedEditionWithItsMacroThemes() {
        signIn("observer");
        UI.getCurrent().navigate("programme");

        _get(ProgrammeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Work Programme");
        assertThat(picker().getValue().periodLabel()).isEqualTo("2024-2025");
        assertThat(facts()).startsWith("7 macro-themes, 20 priorities · adopted by D.G.R. n. XII/1523 dell'11/12/2023 (esempio) on ");
        assertThat(macroThemeTitles()).containsExactly(
                "1. Digital and Sustainable Manufacturing",
                "2. Sustainable Agri-food Systems and Healthy Nutrition",
                "3. Health Innovation and Continuity of Care",
                "4. Energy Transition and Decarbonisation",
                "5. Smart and Sustainable Mobility and Aerospace",
                "6. Green Chemistry and Circular Bioeconomy",
                "7. Digital Culture, Knowledge and Inclusive Communities");
        assertThat(_find(Details.class)).hasSize(20);
    }

    @Test
    void pickerOffersBothEditionsWithTheirStatus() {
        signIn("observer");
        UI.getCurrent().navigate("programme");

        ComboBox<EditionSummary> picker = picker();
        assertThat(picker.getLabel()).isEqualTo("Edition");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(picker))
                .containsExactly("2026-2027 · In preparation", "2024-2025 · Adopted");
    }

    @Test
    void editionInTheAddressShowsTheEditionInPreparationAsACopyOfTheAdoptedOne() {
        signIn("afil.rep");
        UI.getCurrent().navigate("programme", QueryParameters.of("edition", String.valueOf(edition("2026-2027").id())));

        assertThat(picker().getValue().periodLabel()).isEqualTo("2026-2027");
        assertThat(facts()).isEqualTo("7 macro-themes, 20 priorities · in preparation");
        assertThat(_find(MacroThemeCard.class)).hasSize(7);
    }

    @Test
    void choosingAnEditionInThePickerSwitchesToIt() {
        signIn("observer");
        UI.getCurrent().navigate("programme");

        _setValue(picker(), edition("2026-2027"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("edition", List.of(String.valueOf(edition("2026-2027").id())));
        assertThat(facts()).endsWith("in preparation");
        assertThat(_find(MacroThemeCard.class)).hasSize(7);

        _setValue(picker(), edition("2024-2025"));
        assertThat(facts()).contains("adopted by");
        assertThat(_find(MacroThemeCard.class)).hasSize(7);
    }

    @Test
    void unknownEditionFallsBackToTheCurrentOne() {
        signIn("observer");
        UI.getCurrent().navigate("programme", QueryParameters.of("edition", "not-a-number"));

        assertThat(picker().getValue().periodLabel()).isEqualTo("2024-2025");
        assertThat(_find(MacroThemeCard.class)).hasSize(7);
    }

    @Test
    void italianShowsItalianLabels() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("programme", QueryParameters.of("edition", String.valueOf(edition("2026-2027").id())));

        assertThat(_get(H1.class).getText()).isEqualTo("Programma di Lavoro");
        assertThat(facts()).endsWith("in preparazione");
    }

    @Test
    void italianShowsTheProgrammeTextsInItalian() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("programme");

        assertThat(macroThemeTitles()).containsExactly(
                "1. Manifattura digitale e sostenibile",
                "2. Sistemi agroalimentari sostenibili e alimentazione sana",
                "3. Innovazione in sanità e continuità delle cure",
                "4. Transizione energetica e decarbonizzazione",
                "5. Mobilità intelligente e sostenibile e aerospazio",
                "6. Chimica verde e bioeconomia circolare",
                "7. Cultura digitale, conoscenza e comunità inclusive");
        MacroThemeCard energy = _find(MacroThemeCard.class).get(3);
        assertThat(_find(energy, Paragraph.class).stream().map(Paragraph::getText)).contains(
                "Accompagna il percorso della regione verso la neutralità climatica con la produzione di energia pulita, "
                        + "l'accumulo e l'uso efficiente. Si rivolge allo stesso modo all'industria, agli edifici e alle "
                        + "comunità locali. Le soluzioni devono essere replicabili in tutta la regione e compatibili con le "
                        + "reti esistenti.",
                "Riduce le bollette di famiglie e piccole imprese, anche nei comuni più piccoli, e aumenta la produzione "
                        + "rinnovabile locale.");
        assertThat(_find(energy, Details.class).stream().map(d -> ((com.vaadin.flow.component.html.Span) d.getSummary()).getText()))
                .containsExactly("4.1 Idrogeno verde: produzione, accumulo e usi finali",
                        "4.2 Comunità energetiche rinnovabili e reti intelligenti",
                        "4.3 Riqualificazione energetica profonda degli edifici");
        // The edition in preparation, copied from the adopted one, reads in Italian too.
        _setValue(picker(), edition("2026-2027"));
        assertThat(macroThemeTitles()).startsWith("1. Manifattura digitale e sostenibile");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<EditionSummary> picker() {
        return _get(ComboBox.class);
    }

    private static String facts() {
        return _get(_get(Div.class, s -> s.withClasses("edition-facts")), Paragraph.class).getText();
    }

    private static List<String> macroThemeTitles() {
        return _find(MacroThemeCard.class).stream().map(c -> _get(c, H2.class).getText()).toList();
    }

    private EditionSummary edition(String period) {
        return programme.editions().stream().filter(e -> e.periodLabel().equals(period)).findFirst().orElseThrow();
    }
}
