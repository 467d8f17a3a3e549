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

    List<DiffRow> rows(ProposalContent before, ProposalContent after) {
        List<DiffRow> rows = new ArrayList<>();
        row(rows, "proposal.kind", before, after, c -> c.kind() == null ? null : translate.apply(c.kind().labelKey()));
        row(rows, "proposal.lead-cluster", before, after, c -> cluster(c.leadClusterCode()));
        row(rows, "proposal.co-clusters", before, after, c -> joined(c.coClusterCodes(), this::cluster));
        row(rows, "proposal.target-macro-theme", before, after, c -> macroTheme(c.targetMacroThemeId()));
        row(rows, "proposal.target-priority", before, after, c -> priority(c.targetPriorityId()));
        row(rows, "proposal.title", before, after, ProposalContent::title);
        row(rows, "proposal.description", before, after, ProposalContent::description);
        row(rows, "proposal.ecosystem-impact", before, after, ProposalContent::ecosystemImpact);
        row(rows, "proposal.territorial-impact", before, after, ProposalContent::territorialImpact);
        row(rows, "priority.trl", before, after, c -> c.trlMin() == null && c.trlMax() == null ? null
                : Objects.toString(c.trlMin(), "?") + " - " + Objects.toString(c.trlMax(), "?"));
        row(rows, "proposal.ecosystems", before, after, c -> joined(c.ecosystemCodes(), this::ecosystem));
        row(rows, "proposal.pnrr", before, after, c -> joined(c.pnrrComponentCodes(), Function.identity()));
        row(rows, "proposal.sdgs", before, after, c -> joined(c.sdgNumbers(), n -> "SDG " + n));
        row(rows, "proposal.horizon", before, after, c -> joined(c.horizonClusterCodes(), Function.identity()));
        return rows;
    }

    private void row(List<DiffRow> rows, String labelKey, ProposalContent before, ProposalContent after,
                     Function<ProposalContent, String> field) {
        rows.add(new DiffRow(translate.apply(labelKey), before == null ? null : field.apply(before),
                after == null ? null : field.apply(after)));
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
