package it.lombardia.codesign.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import it.lombardia.codesign.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcosystemsViewTest extends KaribuTest {

    @Test
    void showsTheEightEcosystemsAsCards() {
        signIn("observer");
        UI.getCurrent().navigate("ecosystems");

        _get(EcosystemsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Innovation ecosystems");
        List<Div> cards = _find(Div.class, s -> s.withClasses("ecosystem-card"));
        assertThat(cards).hasSize(8);
        assertThat(cards.stream().map(c -> _get(c, Anchor.class).getText())).containsExactly(
                "Advanced Manufacturing", "Nutrition", "Health and Life Science", "Culture and Knowledge",
                "Connectivity and Information", "Smart Mobility and Architecture", "Sustainability", "Social Development");
        assertThat(cards.stream().map(c -> _get(c, Anchor.class).getHref())).contains(
                "ecosystems/ADVANCED_MANUFACTURING", "ecosystems/SUSTAINABILITY", "ecosystems/SOCIAL_DEVELOPMENT");
    }

    @Test
    void eachCardNamesTheClustersWorkingInIt() {
        signIn("afil.rep");
        UI.getCurrent().navigate("ecosystems");

        assertThat(clustersOf("Sustainability")).isEqualTo("Clusters: SCC, LE2C, LGCA");
        assertThat(clustersOf("Social Development")).isEqualTo("Clusters: SCC");
        assertThat(clustersOf("Nutrition")).isEqualTo("Clusters: CAT.AL");
        assertThat(clustersOf("Smart Mobility and Architecture")).contains("CLM", "SCC", "LAC").doesNotContain("AFIL");
    }

    @Test
    void italianNamesTheEcosystemsInItalian() {
        useItalian();
        signIn("observer");
        UI.getCurrent().navigate("ecosystems");

        assertThat(_get(H1.class).getText()).isEqualTo("Ecosistemi dell'innovazione");
        assertThat(_find(Div.class, s -> s.withClasses("ecosystem-card")).stream().map(c -> _get(c, Anchor.class).getText()))
                .contains("Manifattura avanzata", "Sostenibilità", "Sviluppo Sociale");
    }

    private static String clustersOf(String ecosystem) {
        Div card = _find(Div.class, s -> s.withClasses("ecosystem-card")).stream()
                .filter(c -> _get(c, Anchor.class).getText().equals(ecosystem)).findFirst().orElseThrow();
        return _get(card, Paragraph.class).getText();
    }
}
