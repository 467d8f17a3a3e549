package it.lombardia.codesign.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;

@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Visible focus, the skip link and contrast fixes (a11y.css); the accessibility statement (accessibility.css).
@StyleSheet("a11y.css")
@StyleSheet("accessibility.css")
public class AppShell implements AppShellConfigurator {

    /** The favicon: the SVG where browsers take it, the ICO (also at /favicon.ico, where browsers look unasked) elsewhere. */
    public static final String FAVICON_SVG = "favicon.svg";
    public static final String FAVICON_ICO = "favicon.ico";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink(FAVICON_ICO, Map.of("rel", "icon", "sizes", "16x16 32x32 48x48"));
        settings.addLink(FAVICON_SVG, Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
