package it.lombardia.codesign.catalog;

import it.lombardia.codesign.shared.Bilingual;
import java.util.Locale;

/** One of the 8 S3 innovation ecosystems. */
public record Ecosystem(String code, String nameEn, String nameIt) {
    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameIt);
    }
}
