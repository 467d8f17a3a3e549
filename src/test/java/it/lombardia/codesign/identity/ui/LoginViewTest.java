package it.lombardia.codesign.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import it.lombardia.codesign.KaribuTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The login page as a signed-out visitor sees it. */
class LoginViewTest extends KaribuTest {

    private static final List<String> DEMO_USERNAMES = List.of("admin", "reviewer", "afil.rep", "le2c.rep",
            "mobility.rep", "lifesciences.rep", "wg.member", "observer");

    @Test
    void showsTheSignInFormInEnglish() {
        UI.getCurrent().navigate("login");

        _get(LoginView.class);
        assertThat(_get(H1.class, s -> s.withClasses("login-title")).getText()).isEqualTo("Co-Design Workspace");
        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form, "/form/title")).isEqualTo("Sign in");
        assertThat(i18n(form, "/form/username")).isEqualTo("Username");
        assertThat(i18n(form, "/form/password")).isEqualTo("Password");
        assertThat(i18n(form, "/form/submit")).isEqualTo("Sign in");
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(form.isError()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sign in · Co-Design Workspace");
    }

    @Test
    void listsAllEightDemoAccountsWithTheirRolesAndClusters() {
        UI.getCurrent().navigate("login");

        assertThat(_get(H2.class, s -> s.withText("Demo accounts"))).isNotNull();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("This is a demo installation. Every account below uses the password \"demo\".");
        assertThat(_find(Span.class, s -> s.withClasses("demo-username")).stream().map(Span::getText))
                .containsExactlyElementsOf(DEMO_USERNAMES);
        List<String> lines = _find(ListItem.class).stream()
                .map(li -> li.getChildren().map(c -> c.getElement().getText()).reduce("", String::concat)).toList();
        assertThat(lines).contains(
                "admin · Region administrator",
                "afil.rep · Cluster representative (AFIL)",
                "mobility.rep · Cluster representative (CLM, LAC)",
                "wg.member · Working-group member (SCC)",
                "observer · Observer");
    }

    @Test
    void failedSignInShowsTheErrorState() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form, "/errorMessage/title")).isEqualTo("Sign-in failed");
        assertThat(i18n(form, "/errorMessage/message"))
                .isEqualTo("Check your username and password and try again. Disabled accounts cannot sign in.");
    }

    @Test
    void showsItalianTextsWhenTheSessionIsItalian() {
        useItalian();
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form, "/form/title")).isEqualTo("Accedi");
        assertThat(i18n(form, "/form/username")).isEqualTo("Nome utente");
        assertThat(i18n(form, "/form/submit")).isEqualTo("Accedi");
        assertThat(_get(H2.class, s -> s.withText("Account dimostrativi"))).isNotNull();
        assertThat(_find(ListItem.class).stream()
                .map(li -> li.getChildren().map(c -> c.getElement().getText()).reduce("", String::concat)))
                .contains("afil.rep · Rappresentante di cluster (AFIL)", "observer · Osservatore");
        assertThat(_find(Span.class, s -> s.withClasses("demo-username"))).hasSize(DEMO_USERNAMES.size());
    }

    /**
     * The language buttons switch the session's language and ask the browser to store a cookie and
     * reload. Karibu runs no script, so the test reloads; Vaadin's bootstrap gives the new UI the
     * session's language, Karibu's reload does not, so the test does that and rebuilds the view.
     */
    @Test
    void italianoButtonSwitchesTheLoginPageToItalian() {
        UI.getCurrent().navigate("login");

        _click(_get(Button.class, s -> s.withText("Italiano")));

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ITALIAN);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression()))
                .anyMatch(js -> js.contains("document.cookie") && js.contains("window.location.reload()"));
        reloadPage();
        assertThat(i18n(_get(LoginForm.class), "/form/title")).isEqualTo("Accedi");
        assertThat(_get(H2.class, s -> s.withText("Account dimostrativi"))).isNotNull();

        _click(_get(Button.class, s -> s.withText("English")));
        reloadPage();
        assertThat(i18n(_get(LoginForm.class), "/form/title")).isEqualTo("Sign in");
    }

    private static void reloadPage() {
        UI.getCurrent().getPage().reload();
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    /**
     * Vaadin's access control answers a signed-out visitor with a redirect to the login URL, which
     * Karibu cannot follow; what is testable is that the protected page is not rendered.
     */
    @Test
    void aSignedOutVisitorDoesNotGetAProtectedPage() {
        UI.getCurrent().navigate("proposals");

        _assertNone(Grid.class);
        _assertNone(H1.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).isEmpty();
    }

    /** LoginForm keeps its texts only in the element's i18n property. */
    private static String i18n(LoginForm form, String pointer) {
        JsonNode node = ((JsonNode) form.getElement().getPropertyRaw("i18n")).at(pointer);
        assertThat(node.isMissingNode()).as(pointer).isFalse();
        return node.asString();
    }
}
