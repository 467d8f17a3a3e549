package it.lombardia.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.programme.EditionStatus;
import it.lombardia.codesign.proposal.HistoryKind;
import it.lombardia.codesign.proposal.InvitationStatus;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string the UI asks for exists in English and Italian, and the two bundles agree. */
class TranslationsTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");
    private static final Set<String> NOT_KEYS = new HashSet<>(Set.of("styles.css", "a11y.css", "accessibility.css", "favicon.ico", "favicon.svg", "afil.rep", "le2c.rep",
            "mobility.rep", "lifesciences.rep", "wg.member"));

    static {
        NOT_KEYS.addAll(Translations.BUNDLES);
    }

    private final Translations translations = new Translations();

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String bundle : Translations.BUNDLES) {
            String base = bundle.substring(bundle.indexOf('.') + 1);
            assertThat(load(base + "_it.properties").stringPropertyNames())
                    .as(base).containsExactlyInAnyOrderElementsOf(load(base + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String bundle : Translations.BUNDLES) {
            for (String key : load(bundle.substring(bundle.indexOf('.') + 1) + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as(key + " defined twice").isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeAll(NOT_KEYS);
        for (Enum<?> e : enumConstants()) {
            used.add(labelKey(e));
        }
        Set<String> english = new HashSet<>();
        for (String bundle : Translations.BUNDLES) {
            english.addAll(load(bundle.substring(bundle.indexOf('.') + 1) + ".properties").stringPropertyNames());
        }
        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }

    @Test
    void translatesWithArgumentsAndApostrophes() {
        assertThat(translations.getTranslation("validation.too-long", Locale.ENGLISH, 200)).isEqualTo("At most 200 characters.");
        assertThat(translations.getTranslation("validation.too-long", Locale.ITALIAN, 200)).isEqualTo("Al massimo 200 caratteri.");
        assertThat(translations.getTranslation("ecosystems.title", Locale.ITALIAN)).isEqualTo("Ecosistemi dell'innovazione");
        assertThat(translations.getTranslation("dashboard.round.days-left", Locale.ENGLISH, 1L)).isEqualTo("1 day left");
        assertThat(translations.getTranslation("dashboard.round.days-left", Locale.ITALIAN, 45L)).isEqualTo("Mancano 45 giorni");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        assertThat(translations.getTranslation("nav.dashboard", Locale.GERMAN)).isEqualTo("Dashboard");
        assertThat(translations.getTranslation("nav.dashboard", Locale.forLanguageTag("it-CH"))).isEqualTo("Cruscotto");
    }

    private static Set<Enum<?>> enumConstants() {
        Set<Enum<?>> all = new HashSet<>();
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(Role.class, EditionStatus.class,
                RoundStatus.class, RoundPhase.class, ProposalKind.class, ProposalStatus.class,
                InvitationStatus.class, HistoryKind.class)) {
            all.addAll(java.util.Arrays.asList(type.getEnumConstants()));
        }
        return all;
    }

    private static String labelKey(Enum<?> e) {
        return switch (e) {
            case Role r -> r.labelKey();
            case EditionStatus s -> s.labelKey();
            case RoundStatus s -> s.labelKey();
            case RoundPhase p -> p.labelKey();
            case ProposalKind k -> k.labelKey();
            case ProposalStatus s -> s.labelKey();
            case InvitationStatus s -> s.labelKey();
            case HistoryKind k -> k.labelKey();
            default -> throw new IllegalArgumentException(e.toString());
        };
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as("/vaadin-i18n/" + name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
