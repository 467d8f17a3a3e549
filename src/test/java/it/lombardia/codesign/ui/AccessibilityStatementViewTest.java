package it.lombardia.codesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import it.lombardia.codesign.KaribuTest;
import org.junit.jupiter.api.Test;

/** The accessibility statement on AgID's model, for visitors who are not signed in and for users. */
class AccessibilityStatementViewTest extends KaribuTest {

    @Test
    void anAnonymousVisitorReadsTheStatementInEnglish() {
        UI.getCurrent().navigate("accessibility");

        _get(AccessibilityStatementView.class);
        assertThat(_find(AppLayout.class)).as("no main layout for visitors").isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Administration and application",
                "Compliance status", "Non-accessible content", "Preparation of this accessibility statement",
                "Feedback and contact information", "Enforcement procedure");
        assertThat(_get(Paragraph.class, s -> s.withId("accessibility-status")).getText())
                .startsWith("This application is partially compliant with the requirements of WCAG 2.1 level AA");
        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .hasSize(AccessibilityStatementView.LIMITS.size())
                .anySatisfy(l -> assertThat(l).startsWith("Documents generated as PDF.").contains("PDF/UA"))
                .anySatisfy(l -> assertThat(l).startsWith("Charts.").contains("data table"));
        Anchor contact = _get(Anchor.class, s -> s.withId("accessibility-contact"));
        assertThat(contact.getHref()).isEqualTo("mailto:accessibilita@regione.lombardia.it");
        assertThat(_get(Anchor.class, s -> s.withId("accessibility-agid")).getHref()).isEqualTo("https://form.agid.gov.it/");
        assertThat(_get(Paragraph.class, s -> s.withId("accessibility-last-review")).getText())
                .startsWith("Date of the last review of this statement: ");
        Anchor back = _get(Anchor.class, s -> s.withId("accessibility-back"));
        assertThat(back.getHref()).isEqualTo("login");
        assertThat(back.getText()).isEqualTo("Back to sign in");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Accessibility statement · Co-Design Workspace");
    }

    @Test
    void theStatementIsInItalianForItalianSessions() {
        useItalian();
        UI.getCurrent().navigate("accessibility");

        assertThat(_get(H1.class).getText()).isEqualTo("Dichiarazione di accessibilità");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Amministrazione e applicazione",
                "Stato di conformità", "Contenuti non accessibili", "Redazione della dichiarazione di accessibilità",
                "Feedback e recapiti", "Procedura di attuazione");
        assertThat(_get(Paragraph.class, s -> s.withId("accessibility-status")).getText())
                .startsWith("Questa applicazione è parzialmente conforme");
        assertThat(_get(Anchor.class, s -> s.withId("accessibility-agid")).getText())
                .contains("Difensore civico per il digitale");
        assertThat(_get(Anchor.class, s -> s.withId("accessibility-back")).getText()).isEqualTo("Torna all'accesso");
    }

    @Test
    void signedInUsersFindItInTheDrawerAndGoBackToTheWorkspace() {
        signIn("afil.rep");
        UI.getCurrent().navigate("");
        Anchor link = _get(Anchor.class, s -> s.withId("accessibility-link"));
        assertThat(link.getText()).isEqualTo("Accessibility");
        assertThat(link.getHref()).isEqualTo("accessibility");

        UI.getCurrent().navigate("accessibility");
        Anchor back = _get(Anchor.class, s -> s.withId("accessibility-back"));
        assertThat(back.getHref()).isEmpty();
        assertThat(back.getText()).isEqualTo("Back to the workspace");
    }

    @Test
    void theLoginPageLinksToIt() {
        UI.getCurrent().navigate("login");
        assertThat(_get(Anchor.class, s -> s.withId("accessibility-link")).getHref()).isEqualTo("accessibility");
    }
}
