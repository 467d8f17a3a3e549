package it.lombardia.codesign.publication;

/** How the Work Programme document groups its chapters. */
public enum ChapterMode {
    /** One chapter per ecosystem, with the macro-themes and priorities that concern it. */
    BY_ECOSYSTEM,
    /** One chapter per macro-theme, naming its ecosystems. */
    BY_MACRO_THEME;

    public String labelKey() {
        return "publication.mode." + name();
    }
}
