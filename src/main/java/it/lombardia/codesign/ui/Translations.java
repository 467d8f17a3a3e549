package it.lombardia.codesign.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI string, English and Italian. The base bundle is {@code vaadin-i18n/translations*.properties};
 * features with many strings keep them in a bundle of their own, listed in {@link #BUNDLES}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, ITALIAN);
    public static final List<String> BUNDLES = List.of("vaadin-i18n.translations", "vaadin-i18n.workflow", "vaadin-i18n.round",
            "vaadin-i18n.review", "vaadin-i18n.audit", "vaadin-i18n.notification",
            "vaadin-i18n.live", "vaadin-i18n.discussion", "vaadin-i18n.meeting", "vaadin-i18n.meeting-room",
            "vaadin-i18n.meeting-records", "vaadin-i18n.poll", "vaadin-i18n.consolidation", "vaadin-i18n.comparison",
            "vaadin-i18n.publication", "vaadin-i18n.opendata", "vaadin-i18n.dashboard", "vaadin-i18n.accessibility");

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = pattern(key, locale);
            // Always through MessageFormat, so that every bundle entry follows one quoting rule ('' for ').
            return new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key;
        }
    }

    /**
     * Whether a bundle has the key, for texts built from codes that other features may extend (an
     * audit log's actions): the caller shows the raw code instead of a "!key" placeholder.
     */
    public static boolean has(String key) {
        try {
            pattern(key, ENGLISH);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The supported locale closest to the requested one; English when there is none. */
    public static Locale supported(Locale requested) {
        if (requested != null && ITALIAN.getLanguage().equals(requested.getLanguage())) {
            return ITALIAN;
        }
        return ENGLISH;
    }

    private static String pattern(String key, Locale locale) {
        // ROOT is the English bundle; never fall back to the JVM's default locale.
        Locale target = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, target == ENGLISH ? Locale.ROOT : target,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException(key, Translations.class.getName(), key);
    }
}
