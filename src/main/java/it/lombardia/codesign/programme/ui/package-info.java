/** Work Programme views; {@link it.lombardia.codesign.programme.ui.MacroThemeCard} is shared with other features' pages. */
@org.springframework.modulith.NamedInterface("ui")
package it.lombardia.codesign.programme.ui;
