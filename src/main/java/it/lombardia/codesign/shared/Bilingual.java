package it.lombardia.codesign.shared;

import java.util.Locale;

/** Picks the Italian or English form of a reference text; English is the fallback. */
public final class Bilingual {

    private Bilingual() {
    }

    public static String pick(Locale locale, String english, String italian) {
        boolean wantsItalian = locale != null && "it".equals(locale.getLanguage());
        return wantsItalian && italian != null ? italian : english;
    }
}
