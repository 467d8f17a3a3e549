package it.lombardia.codesign.notification;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Translations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Puts a stored message into the reader's language: for the bell, the notifications page and e-mails. */
@Component
class MessageRenderer {

    private final Translations translations;
    private final CatalogService catalog;

    MessageRenderer(Translations translations, CatalogService catalog) {
        this.translations = translations;
        this.catalog = catalog;
    }

    String render(Message message, Locale locale) {
        Object[] values = message.arguments().stream().map(arg -> value(arg, locale)).toArray();
        return translations.getTranslation(message.key(), locale, values);
    }

    String translate(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private String value(Message.Arg arg, Locale locale) {
        return switch (arg.type()) {
            case TEXT -> arg.value();
            case KEY -> translations.getTranslation(arg.value(), locale);
            case DATE -> date(arg.value(), locale);
            case TIME -> time(arg.value(), locale);
            case CLUSTER -> catalog.cluster(arg.value()).map(c -> c.shortLabel(locale)).orElse(arg.value());
        };
    }

    private static String time(String iso, Locale locale) {
        try {
            return iso.isEmpty() ? "" : Formats.dateTime(java.time.Instant.parse(iso), Translations.supported(locale))
                    + " (" + Lombardy.ZONE.getId() + ")";
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String date(String iso, Locale locale) {
        try {
            return iso.isEmpty() ? "" : Formats.date(LocalDate.parse(iso), Translations.supported(locale));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
