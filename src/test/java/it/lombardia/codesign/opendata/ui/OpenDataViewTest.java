package it.lombardia.codesign.opendata.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The open-data page: what it offers to download, in which language, and where the API is explained. */
class OpenDataViewTest extends KaribuTest {

    @Autowired
    ProgrammeService programme;
    @Autowired
    RoundService rounds;

    long editionId(String period) {
        return programme.editions().stream().filter(e -> e.periodLabel().equals(period))
                .map(EditionSummary::id).findFirst().orElseThrow();
    }

    List<String> hrefs() {
        return _find(Anchor.class).stream().map(Anchor::getHref).toList();
    }

    @Test
    void inItalianItOffersEveryDownloadInBothLanguagesAndTheApiDocumentation() {
        VaadinSession.getCurrent().setLocale(Locale.ITALIAN);
        signIn("observer");
        UI.getCurrent().navigate("open-data");

        assertThat(_get(H1.class).getText()).isEqualTo("Dati aperti");
        long adopted = editionId("2024-2025");
        long round = rounds.rounds().getFirst().id();
        assertThat(hrefs()).contains(
                "api/v1/editions/" + adopted + "?lang=it",
                "api/v1/editions/" + adopted + "?lang=en",
                "api/v1/editions/" + adopted + "/macro-themes?lang=it",
                "api/v1/editions/" + adopted + "/macro-themes.csv?lang=it",
                "api/v1/editions/" + adopted + "/priorities.csv?lang=it",
                "api/v1/editions/" + adopted + "/priorities.csv?lang=en",
                "api/v1/rounds/" + round + "/proposals?lang=it",
                "api/v1/rounds/" + round + "/proposals.csv?lang=it",
                "api/v1/editions.csv?lang=it",
                "api/docs", "api/openapi.json");
        Anchor italianCsv = _find(Anchor.class).stream()
                .filter(a -> a.getHref().equals("api/v1/editions/" + adopted + "/priorities.csv?lang=it"))
                .findFirst().orElseThrow();
        assertThat(italianCsv.getText()).isEqualTo("italiano");
        assertThat(italianCsv.getElement().getAttribute("aria-label")).contains("Priorità", "CSV", "2024-2025");
        // Downloads are files of the API, not pages of the app: the router must leave them alone.
        assertThat(italianCsv.isRouterIgnore()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("api-docs")).getText())
                .isEqualTo("Documentazione dell'API (si apre in una nuova scheda)");
        assertThat(_get(Pre.class).getText()).contains("curl -u USERNAME:PASSWORD", "/api/v1/editions",
                "priorities.csv?lang=it");
    }

    @Test
    void theEditionInTheAddressIsTheOneOpenedAndAdoptedEditionsComeFirst() {
        signIn("observer");
        long draft = editionId("2026-2027");
        long adopted = editionId("2024-2025");
        UI.getCurrent().navigate("open-data", QueryParameters.of("edition", String.valueOf(draft)));

        List<Details> editions = _find(Details.class, spec -> spec.withClasses("open-data-edition"));
        assertThat(editions).extracting(d -> d.getId().orElseThrow())
                .containsExactly("edition-" + adopted, "edition-" + draft);
        assertThat(editions.get(1).isOpened()).isTrue();
        assertThat(editions.get(0).isOpened()).isFalse();
        assertThat(hrefs()).contains("api/v1/editions/" + draft + "/priorities.csv?lang=en");
    }
}
