package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;


/**
 * The frame around every signed-in view: side navigation built from the {@code @Menu} entries the
 * user may open, a user menu with language and sign out, and in the top bar whatever the features
 * supply as {@link NavbarWidget}s. Menu titles are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final transient SessionUser sessionUser;
    private final transient LanguageChoice languageChoice;
    private final Span viewTitle = new Span();
    /** The first navigation is a page load, where the browser starts at the top by itself. */
    private boolean navigatedBefore;

    public MainLayout(AuthenticationContext authenticationContext, SessionUser sessionUser,
                      LanguageChoice languageChoice, ObjectProvider<NavbarWidget> navbarWidgets) {
        this.authenticationContext = authenticationContext;
        this.sessionUser = sessionUser;
        this.languageChoice = languageChoice;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("layout-view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        Div widgets = new Div();
        widgets.addClassName("navbar-widgets");
        navbarWidgets.orderedStream().map(NavbarWidget::create).forEach(widgets::add);
        addToNavbar(skipLink(), toggle, viewTitle, widgets);
        addToDrawer(brand(), new Scroller(navigation()), userMenu(), accessibilityLink());
    }

    /**
     * The first stop of the Tab key: jumps over the top bar and the side navigation to the view's
     * heading (WCAG 2.4.1). Shown only while it has the focus.
     */
    private Component skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip-to-content"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement().executeJs("this.addEventListener('click', e => {"
                + " e.preventDefault(); window.codesignFocus.toViewHeading(this.closest('vaadin-app-layout')); });");
        return skip;
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("brand");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span org = new Span(getTranslation("app.organisation"));
        org.addClassName("brand-org");
        brand.add(name, org);
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        String name = sessionUser.displayName().orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Div trigger = new Div(avatar, new Span(name));
        trigger.addClassName("user-menu-trigger");
        MenuItem root = menu.addItem(trigger);
        root.setAriaLabel(getTranslation("layout.user-menu", name));
        SubMenu sub = root.getSubMenu();
        SubMenu languages = sub.addItem(withIcon(VaadinIcon.GLOBE, getTranslation("layout.language"))).getSubMenu();
        languages.addItem(getTranslation("language.en"), e -> languageChoice.switchTo(Translations.ENGLISH));
        languages.addItem(getTranslation("language.it"), e -> languageChoice.switchTo(Translations.ITALIAN));
        sub.addItem(withIcon(VaadinIcon.SIGN_OUT, getTranslation("layout.sign-out")), e -> authenticationContext.logout());
        return menu;
    }

    /** The accessibility statement, at the bottom of the drawer as on the Region's sites. */
    private Component accessibilityLink() {
        Anchor link = new Anchor("accessibility", getTranslation("accessibility.link"));
        link.setId("accessibility-link");
        link.addClassName("drawer-accessibility-link");
        return link;
    }

    private static Component withIcon(VaadinIcon icon, String text) {
        Icon i = icon.create();
        i.addClassName("menu-icon");
        return new Span(i, new Span(text));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        HasElement content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        if (navigatedBefore) {
            // The menu entry keeps the focus, or the page gets it when the element that had it is gone:
            // the new view's heading takes it, as a keyboard and a screen reader user expect (WCAG 2.4.3).
            getElement().executeJs("window.codesignFocus.afterNavigation(this)");
        }
        navigatedBefore = true;
    }

    /** The title in the top bar, when the view's subject was renamed while it is open. */
    void retitle(String title) {
        viewTitle.setText(title);
    }
}
