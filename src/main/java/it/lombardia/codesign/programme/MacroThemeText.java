package it.lombardia.codesign.programme;

import java.util.Set;

/** What region staff may change of a macro-theme while consolidating. */
public record MacroThemeText(String title, String description, Set<String> ecosystemCodes) {

    public MacroThemeText {
        ecosystemCodes = ecosystemCodes == null ? Set.of() : Set.copyOf(ecosystemCodes);
    }
}
