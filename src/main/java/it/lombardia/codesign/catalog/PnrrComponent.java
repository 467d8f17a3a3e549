package it.lombardia.codesign.catalog;

import it.lombardia.codesign.shared.Bilingual;
import java.util.Locale;

/** A component of the National Recovery and Resilience Plan, within its mission. */
public record PnrrComponent(String code, String missionCode, String missionTitleEn, String missionTitleIt,
                            String titleEn, String titleIt) {
    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleIt);
    }

    public String missionTitle(Locale locale) {
        return Bilingual.pick(locale, missionTitleEn, missionTitleIt);
    }
}
