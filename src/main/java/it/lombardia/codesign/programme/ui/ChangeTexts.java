package it.lombardia.codesign.programme.ui;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.MacroThemeField;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.PriorityField;
import it.lombardia.codesign.ui.DiffRow;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The fields of priorities and macro-themes as people read them, for a field-by-field comparison. */
final class ChangeTexts {

    private final CatalogService catalog;
    private final Locale locale;
    private final BiFunction<String, Object[], String> translate;

    ChangeTexts(CatalogService catalog, Locale locale, BiFunction<String, Object[], String> translate) {
        this.catalog = catalog;
        this.locale = locale;
        this.translate = translate;
    }

    List<DiffRow> rows(PriorityContent before, PriorityContent after) {
        return java.util.Arrays.stream(PriorityField.values())
                .map(f -> new DiffRow(translate.apply(f.labelKey(), new Object[0]), text(f, before), text(f, after)))
                .toList();
    }

    List<DiffRow> rows(MacroThemeContent before, MacroThemeContent after) {
        return java.util.Arrays.stream(MacroThemeField.values())
                .map(f -> new DiffRow(translate.apply(f.labelKey(), new Object[0]), text(f, before), text(f, after)))
                .toList();
    }

    String label(PriorityField field) {
        return translate.apply(field.labelKey(), new Object[0]);
    }

    String text(PriorityField field, PriorityContent p) {
        if (p == null) {
            return null;
        }
        return switch (field) {
            case TITLE -> p.title();
            case DESCRIPTION -> p.description();
            case ECOSYSTEM_IMPACT -> p.ecosystemImpact();
            case TERRITORIAL_IMPACT -> p.territorialImpact();
            case TRL -> translate.apply("priority.trl-range", new Object[] {p.trlMin(), p.trlMax()});
            case PNRR -> joined(p.pnrrComponentCodes(), code -> {
                var c = catalog.pnrrByCode().get(code);
                return c == null ? code : code + " " + c.title(locale);
            });
            case SDG -> joined(p.sdgNumbers(), n -> {
                var s = catalog.sdgsByNumber().get(n);
                return s == null ? "SDG " + n : s.label(locale);
            });
            case HORIZON -> joined(p.horizonClusterCodes(), code -> {
                var h = catalog.horizonByCode().get(code);
                return h == null ? code : code + " " + h.title(locale);
            });
            case PROPOSERS -> joined(p.proposerClusterCodes(),
                    code -> catalog.cluster(code).map(c -> c.shortLabel(locale)).orElse(code));
        };
    }

    String text(MacroThemeField field, MacroThemeContent m) {
        if (m == null) {
            return null;
        }
        return switch (field) {
            case TITLE -> m.title();
            case DESCRIPTION -> m.description();
            case ECOSYSTEMS -> joined(m.ecosystemCodes(), this::ecosystem);
        };
    }

    String ecosystem(String code) {
        return catalog.ecosystem(code).map(e -> e.name(locale)).orElse(code);
    }

    private static <T> String joined(Collection<T> values, Function<T, String> label) {
        return values.isEmpty() ? null
                : values.stream().map(label).filter(Objects::nonNull).sorted().reduce((a, b) -> a + ", " + b).orElse(null);
    }
}
