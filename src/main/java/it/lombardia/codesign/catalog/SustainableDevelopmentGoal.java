package it.lombardia.codesign.catalog;

import it.lombardia.codesign.shared.Bilingual;
import java.util.Locale;

public record SustainableDevelopmentGoal(int number, String titleEn, String titleIt) {
    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleIt);
    }

    public String label(Locale locale) {
        return "SDG " + number + " " + title(locale);
    }
}
