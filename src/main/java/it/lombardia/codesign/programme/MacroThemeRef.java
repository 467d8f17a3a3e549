package it.lombardia.codesign.programme;

/** A macro-theme to pick or link to, without its content. */
public record MacroThemeRef(long id, long editionId, String title, int displayOrder) {
}
