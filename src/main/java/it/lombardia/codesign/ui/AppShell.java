package it.lombardia.codesign.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("a11y.css")
// Keyboard focus indicators (focus.css) and the accessibility statement with its links (accessibility.css).
@StyleSheet("context://focus.css")
@StyleSheet("context://accessibility.css")
public class AppShell implements AppShellConfigurator {
}
