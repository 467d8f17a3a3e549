package it.lombardia.codesign.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Visible focus, the skip link and contrast fixes (a11y.css); the accessibility statement (accessibility.css).
@StyleSheet("a11y.css")
@StyleSheet("accessibility.css")
public class AppShell implements AppShellConfigurator {
}
