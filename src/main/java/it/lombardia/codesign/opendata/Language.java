package it.lombardia.codesign.opendata;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/** The languages names are published in; English unless Italian is asked for. */
public enum Language {
    EN(Locale.ENGLISH), IT(Locale.ITALIAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a {@code lang} parameter: absent means English, anything but en/it is refused. */
    static Language of(String lang) {
        if (lang == null || lang.isBlank()) {
            return EN;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "it" -> IT;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "lang must be en or it");
        };
    }

    /** The language of the app's page: Italian pages link Italian downloads. */
    public static Language forLocale(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? IT : EN;
    }
}
