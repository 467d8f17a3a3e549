package it.lombardia.codesign.catalog;

import it.lombardia.codesign.shared.Bilingual;
import java.util.Locale;

/** A Horizon Europe Pillar II cluster (CL1..CL6). */
public record HorizonCluster(String code, String titleEn, String titleIt) {
    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleIt);
    }
}
