package it.lombardia.codesign.proposal.ui;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.programme.MacroThemeRef;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.ui.DiffRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Turns two versions of a proposal's content into rows of readable text, field by field, in form order. */
final class VersionComparison {

    private final CatalogService catalog;
    private final ProgrammeService programme;
    private final Locale locale;
    private final UnaryOperator<String> translate;

    VersionComparison(CatalogService catalog, ProgrammeService programme, Locale locale, UnaryOperator<String> translate) {
        this.catalog = catalog;
        this.programme = programme;
        this.locale = locale;
        this.translate = translate;
    }

    /**
     * One field as people read it: its label, the content components it shows (the TRL range shows
     * two) and its readable text.
     */
    record Field(String labelKey, List<String> components, Function<ProposalContent, String> text) {
    }

    /** The fields in form order. */
    List<Field> fields() {
        return List.of(
                new Field("proposal.kind", List.of("kind"), c -> c.kind() == null ? null : translate.apply(c.kind().labelKey())),
                new Field("proposal.lead-cluster", List.of("leadClusterCode"), c -> cluster(c.leadClusterCode())),
                new Field("proposal.co-clusters", List.of("coClusterCodes"), c -> joined(c.coClusterCodes(), this::cluster)),
                new Field("proposal.target-macro-theme", List.of("targetMacroThemeId"), c -> macroTheme(c.targetMacroThemeId())),
                new Field("proposal.target-priority", List.of("targetPriorityId"), c -> priority(c.targetPriorityId())),
                new Field("proposal.title", List.of("title"), ProposalContent::title),
                new Field("proposal.description", List.of("description"), ProposalContent::description),
                new Field("proposal.ecosystem-impact", List.of("ecosystemImpact"), ProposalContent::ecosystemImpact),
                new Field("proposal.territorial-impact", List.of("territorialImpact"), ProposalContent::territorialImpact),
                new Field("priority.trl", List.of("trlMin", "trlMax"), c -> c.trlMin() == null && c.trlMax() == null ? null
                        : Objects.toString(c.trlMin(), "?") + " - " + Objects.toString(c.trlMax(), "?")),
                new Field("proposal.ecosystems", List.of("ecosystemCodes"), c -> joined(c.ecosystemCodes(), this::ecosystem)),
                new Field("proposal.pnrr", List.of("pnrrComponentCodes"), c -> joined(c.pnrrComponentCodes(), Function.identity())),
                new Field("proposal.sdgs", List.of("sdgNumbers"), c -> joined(c.sdgNumbers(), n -> "SDG " + n)),
                new Field("proposal.horizon", List.of("horizonClusterCodes"), c -> joined(c.horizonClusterCodes(), Function.identity())));
    }

    List<DiffRow> rows(ProposalContent before, ProposalContent after) {
        List<DiffRow> rows = new ArrayList<>();
        for (Field field : fields()) {
            rows.add(new DiffRow(translate.apply(field.labelKey()), before == null ? null : field.text().apply(before),
                    after == null ? null : field.text().apply(after)));
        }
        return rows;
    }

    /** The labels of the fields whose values differ, in form order. */
    List<String> changedLabels(ProposalContent before, ProposalContent after) {
        return fields().stream()
                .filter(f -> !ContentMerge.same(f, before, after))
                .map(f -> translate.apply(f.labelKey()))
                .toList();
    }

    private String cluster(String code) {
        return code == null ? null : catalog.cluster(code).map((TechCluster c) -> c.shortLabel(locale)).orElse(code);
    }

    private String ecosystem(String code) {
        return catalog.ecosystem(code).map((Ecosystem e) -> e.name(locale)).orElse(code);
    }

    private String macroTheme(Long id) {
        return id == null ? null : programme.macroThemeRef(id).map(MacroThemeRef::title).orElse("#" + id);
    }

    private String priority(Long id) {
        return id == null ? null : programme.priority(id).map(PriorityContent::title).orElse("#" + id);
    }

    private static <T> String joined(Collection<T> values, Function<T, String> label) {
        return values.isEmpty() ? null : values.stream().map(label).sorted().reduce((a, b) -> a + ", " + b).orElse(null);
    }
}
