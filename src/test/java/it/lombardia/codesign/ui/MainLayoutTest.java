package it.lombardia.codesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame around the views: the side navigation per role, the user menu and the view title. */
class MainLayoutTest extends KaribuTest {

    private static final List<String> EVERYONE = List.of("Dashboard", "Ecosystems", "Clusters", "Work Programme", "Proposals",
            "EDP rounds", "Working groups", "Meetings", "Documents", "Open data");

    @Autowired
    AccountService accounts;
    @Autowired
    SessionUser sessionUser;

    @Test
    void adminSeesEveryEntryIncludingUsers() {
        signIn("admin");
        UI.getCurrent().navigate("");

        assertThat(navLabels()).containsExactly("Dashboard", "Ecosystems", "Clusters", "Work Programme", "Proposals",
                "Review queue", "EDP rounds", "Answer templates", "Working groups", "Meetings", "Users", "Audit log", "Documents", "Open data");
        assertThat(navPaths()).contains("rounds", "admin/users", "audit");
    }

    @Test
    void observerReviewerAndRepresentativeDoNotSeeUsers() {
        for (String username : List.of("observer", "reviewer", "afil.rep", "wg.member")) {
            signIn(username);
            UI.getCurrent().navigate("ecosystems");

            assertThat(navLabels()).as(username).containsExactlyElementsOf(EVERYONE);
            assertThat(navPaths()).as(username).doesNotContain("admin/users", "audit");
        }
    }

    @Test
    void sideNavigationIsTranslated() {
        useItalian();
        signIn("admin");
        UI.getCurrent().navigate("");

        assertThat(navLabels()).containsExactly("Cruscotto", "Ecosistemi", "Cluster", "Programma di Lavoro", "Proposte",
                "Coda di valutazione", "Round EDP", "Modelli di risposta", "Gruppi di lavoro", "Riunioni", "Utenti", "Registro delle modifiche", "Documenti", "Dati aperti");
    }

    @Test
    void userMenuShowsTheSignedInUsersName() {
        signIn("afil.rep");
        UI.getCurrent().navigate("");

        MenuBar menu = _get(MenuBar.class, s -> s.withClasses("user-menu"));
        MenuItem root = menu.getItems().getFirst();
        assertThat(root.getElement().getAttribute("aria-label")).isEqualTo("User menu of Laura Bianchi");
        assertThat(_find(root, Span.class).stream().map(Span::getText)).contains("Laura Bianchi");
        assertThat(_get(root, Avatar.class).getName()).isEqualTo("Laura Bianchi");
        List<String> submenu = root.getSubMenu().getItems().stream()
                .map(i -> i.getElement().getTextRecursively()).toList();
        assertThat(submenu).containsExactly("Language", "Sign out");
    }

    @Test
    void userMenuFollowsTheAccount() {
        signIn("admin");
        UI.getCurrent().navigate("");

        MenuItem root = _get(MenuBar.class, s -> s.withClasses("user-menu")).getItems().getFirst();
        assertThat(_get(root, Avatar.class).getName()).isEqualTo("Giulia Ferrari");
    }

    @Test
    void navbarShowsTheTitleOfTheOpenView() {
        signIn("observer");
        UI.getCurrent().navigate("clusters");

        assertThat(_get(Span.class, s -> s.withClasses("layout-view-title")).getText()).isEqualTo("Technology clusters");
        UI.getCurrent().navigate("programme");
        assertThat(_get(Span.class, s -> s.withClasses("layout-view-title")).getText()).isEqualTo("Work Programme");
    }

    @Test
    void theNavbarCarriesTheNotificationBellForEveryRole() {
        for (String username : List.of("admin", "observer", "reviewer", "afil.rep", "wg.member")) {
            signIn(username);
            UI.getCurrent().navigate("ecosystems");

            Div widgets = _get(Div.class, s -> s.withClasses("navbar-widgets"));
            Button bell = _get(widgets, Button.class, s -> s.withClasses("notification-bell-button"));
            assertThat(bell.getElement().getAttribute("aria-label")).as(username).startsWith("Notifications, ");
        }
    }

    /**
     * Picking Italiano in the user menu switches the session, remembers the choice on the account
     * and asks the browser to reload; Karibu does not run the reload script, so the test reloads.
     * Works on a throwaway account so that no demo account keeps a language.
     */
    @Test
    void choosingItalianInTheUserMenuSwitchesTheLanguageAndRemembersIt() {
        signIn("admin");
        String username = "ui-lang-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountDraft(username, "Lingua Test", null, null, Set.of(Role.OBSERVER), Set.of()), "long-enough-1");
        signIn(username);
        UI.getCurrent().navigate("");
        assertThat(sessionUser.preferredLanguage()).isEmpty();

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, s -> s.withClasses("user-menu")), "Italiano");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ITALIAN);
        assertThat(sessionUser.preferredLanguage()).contains(Locale.ITALIAN);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(navLabels()).containsExactly("Cruscotto", "Ecosistemi", "Cluster", "Programma di Lavoro", "Proposte", "Round EDP",
                "Gruppi di lavoro", "Riunioni", "Documenti", "Dati aperti");
        assertThat(_get(H1.class).getText()).isEqualTo("Cruscotto");

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, s -> s.withClasses("user-menu")), "English");
        assertThat(sessionUser.preferredLanguage()).contains(Locale.ENGLISH);
    }

    private static List<String> navLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private static List<String> navPaths() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getPath).toList();
    }
}
