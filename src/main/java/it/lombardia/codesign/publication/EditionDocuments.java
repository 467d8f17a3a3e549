package it.lombardia.codesign.publication;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.HorizonCluster;
import it.lombardia.codesign.catalog.PnrrComponent;
import it.lombardia.codesign.catalog.SustainableDevelopmentGoal;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.publication.DocumentModel.Block;
import it.lombardia.codesign.publication.DocumentModel.Chapter;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Translations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The Work Programme edition as a document to publish: cover, index, chapters by ecosystem or by
 * macro-theme with every priority's fields, and an annex of the clusters that contributed.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EditionDocuments {

    private final ProgrammeService programme;
    private final CatalogService catalog;
    private final Translations translations;
    private final PdfWriting pdf;
    private final DocxWriting docx;

    EditionDocuments(ProgrammeService programme, CatalogService catalog, Translations translations, PdfWriting pdf,
                     DocxWriting docx) {
        this.programme = programme;
        this.catalog = catalog;
        this.translations = translations;
        this.pdf = pdf;
        this.docx = docx;
    }

    public byte[] pdf(long editionId, Locale locale, ChapterMode mode) {
        return pdf(editionId, locale, mode, Progress.NONE);
    }

    public byte[] pdf(long editionId, Locale locale, ChapterMode mode, Progress progress) {
        return render(editionId, locale, mode, DocumentFormat.PDF, progress);
    }

    public byte[] docx(long editionId, Locale locale, ChapterMode mode) {
        return docx(editionId, locale, mode, Progress.NONE);
    }

    public byte[] docx(long editionId, Locale locale, ChapterMode mode, Progress progress) {
        return render(editionId, locale, mode, DocumentFormat.DOCX, progress);
    }

    public byte[] render(long editionId, Locale locale, ChapterMode mode, DocumentFormat format, Progress progress) {
        progress.report(5, "publication.step.reading");
        DocumentModel model = model(editionId, Translations.supported(locale), mode);
        progress.report(20, "publication.step.layout");
        byte[] bytes = format == DocumentFormat.PDF ? pdf.write(model, progress.within(20, 100))
                : docx.write(model, progress.within(20, 100));
        progress.report(100, "publication.step.done");
        return bytes;
    }

    /** programma-lavoro-2026-2027-it.pdf, work-programme-2026-2027-en.docx */
    public String fileName(long editionId, Locale locale, DocumentFormat format) {
        EditionSummary edition = edition(editionId);
        boolean italian = Translations.supported(locale) == Translations.ITALIAN;
        return (italian ? "programma-lavoro-" : "work-programme-") + edition.periodLabel().replaceAll("[^0-9A-Za-z-]", "-")
                + (italian ? "-it." : "-en.") + format.extension();
    }

    private EditionSummary edition(long editionId) {
        return programme.edition(editionId)
                .orElseThrow(() -> new TranslatableException("publication.error.no-edition"));
    }

    DocumentModel model(long editionId, Locale locale, ChapterMode mode) {
        EditionContent content = programme.content(editionId)
                .orElseThrow(() -> new TranslatableException("publication.error.no-edition"));
        return new Builder(content, locale).build(mode);
    }

    /** One document in one language. */
    private final class Builder {

        private final EditionContent content;
        private final Locale locale;

        Builder(EditionContent content, Locale locale) {
            this.content = content;
            this.locale = locale;
        }

        private String t(String key, Object... args) {
            return translations.getTranslation(key, locale, args);
        }

        DocumentModel build(ChapterMode mode) {
            EditionSummary edition = content.edition();
            String title = t("publication.wp.title", edition.periodLabel());
            String status = edition.adopted()
                    ? t("publication.wp.adopted", Objects.toString(edition.actReference(), ""),
                    Formats.date(edition.adoptedOn(), locale))
                    : t("publication.wp.draft");
            List<Chapter> chapters = new ArrayList<>(mode == ChapterMode.BY_ECOSYSTEM ? byEcosystem() : byMacroTheme());
            chapters.add(annex());
            return new DocumentModel(title, locale, List.of(t("publication.region"), title), status, t("publication.index"),
                    chapters, page -> t("publication.page", page));
        }

        private List<Chapter> byEcosystem() {
            List<Chapter> chapters = new ArrayList<>();
            for (Ecosystem ecosystem : catalog.ecosystems()) {
                List<Block> blocks = new ArrayList<>();
                List<MacroThemeContent> concerning = content.macroThemes().stream()
                        .filter(m -> m.ecosystemCodes().contains(ecosystem.code())).toList();
                if (concerning.isEmpty()) {
                    blocks.add(new DocumentModel.Note(t("publication.wp.ecosystem.none")));
                } else {
                    blocks.add(new DocumentModel.Note(t("publication.wp.ecosystem.count", concerning.size(),
                            concerning.stream().mapToInt(m -> m.priorities().size()).sum())));
                }
                for (MacroThemeContent macroTheme : concerning) {
                    blocks.add(new DocumentModel.Heading(t("publication.wp.macro-theme", macroTheme.title(locale))));
                    macroThemeBody(blocks, macroTheme);
                }
                chapters.add(new Chapter(ecosystem.name(locale), blocks));
            }
            return chapters;
        }

        private List<Chapter> byMacroTheme() {
            List<Chapter> chapters = new ArrayList<>();
            int number = 1;
            for (MacroThemeContent macroTheme : content.macroThemes()) {
                List<Block> blocks = new ArrayList<>();
                blocks.add(new DocumentModel.Field(t("publication.wp.ecosystems"),
                        names(macroTheme.ecosystemCodes(), code -> catalog.ecosystem(code).map(e -> e.name(locale)).orElse(code))));
                macroThemeBody(blocks, macroTheme);
                chapters.add(new Chapter(number++ + ". " + macroTheme.title(locale), blocks));
            }
            return chapters;
        }

        private void macroThemeBody(List<Block> blocks, MacroThemeContent macroTheme) {
            if (macroTheme.description() != null && !macroTheme.description().isBlank()) {
                blocks.add(new DocumentModel.Text(macroTheme.description(locale)));
            }
            if (macroTheme.priorities().isEmpty()) {
                blocks.add(new DocumentModel.Note(t("publication.wp.no-priorities")));
            }
            for (PriorityContent priority : macroTheme.priorities()) {
                priority(blocks, priority);
            }
        }

        private void priority(List<Block> blocks, PriorityContent p) {
            Map<String, PnrrComponent> pnrr = catalog.pnrrByCode();
            Map<Integer, SustainableDevelopmentGoal> sdgs = catalog.sdgsByNumber();
            Map<String, HorizonCluster> horizon = catalog.horizonByCode();
            blocks.add(new DocumentModel.Subheading(p.title(locale)));
            blocks.add(new DocumentModel.Field(t("publication.field.description"), text(p.description(locale))));
            blocks.add(new DocumentModel.Field(t("publication.field.ecosystem-impact"), text(p.ecosystemImpact(locale))));
            blocks.add(new DocumentModel.Field(t("publication.field.territorial-impact"), text(p.territorialImpact(locale))));
            blocks.add(new DocumentModel.Field(t("publication.field.trl"), t("publication.trl", p.trlMin(), p.trlMax())));
            blocks.add(new DocumentModel.Field(t("publication.field.pnrr"), names(p.pnrrComponentCodes(),
                    code -> pnrr.containsKey(code) ? code + " – " + pnrr.get(code).title(locale) : code)));
            blocks.add(new DocumentModel.Field(t("publication.field.sdg"), names(p.sdgNumbers().stream().sorted().toList(),
                    n -> sdgs.containsKey(n) ? sdgs.get(n).label(locale) : "SDG " + n)));
            blocks.add(new DocumentModel.Field(t("publication.field.horizon"), names(p.horizonClusterCodes(),
                    code -> horizon.containsKey(code) ? code + " – " + horizon.get(code).title(locale) : code)));
            blocks.add(new DocumentModel.Field(t("publication.field.proposers"), names(p.proposerClusterCodes(),
                    this::clusterName)));
        }

        private Chapter annex() {
            Map<String, List<String>> byCluster = new LinkedHashMap<>();
            for (TechCluster cluster : catalog.clusters()) {
                List<String> titles = content.macroThemes().stream().flatMap(m -> m.priorities().stream())
                        .filter(p -> p.proposerClusterCodes().contains(cluster.code()))
                        .map(p -> p.title(locale)).toList();
                if (!titles.isEmpty()) {
                    byCluster.put(cluster.code(), titles);
                }
            }
            List<Block> blocks = new ArrayList<>();
            blocks.add(new DocumentModel.Note(t("publication.annex.intro", byCluster.size())));
            List<List<String>> rows = byCluster.entrySet().stream()
                    .map(e -> List.of(clusterName(e.getKey()), String.valueOf(e.getValue().size()))).toList();
            blocks.add(new DocumentModel.Table(List.of(t("publication.annex.cluster"), t("publication.annex.count")),
                    rows, new float[] {8, 2}));
            byCluster.forEach((code, titles) -> {
                blocks.add(new DocumentModel.Heading(clusterName(code)));
                blocks.add(new DocumentModel.Note(t("publication.annex.proposes", titles.size())));
                blocks.add(new DocumentModel.Bullets(titles));
            });
            return new Chapter(t("publication.annex.title"), blocks);
        }

        private String clusterName(String code) {
            return catalog.cluster(code).map(c -> c.name(locale)).orElse(code);
        }

        private String text(String value) {
            return value == null || value.isBlank() ? "—" : value;
        }

        private <T> String names(Collection<T> values, Function<T, String> name) {
            if (values == null || values.isEmpty()) {
                return "—";
            }
            return String.join("; ", values.stream().map(name).toList());
        }
    }
}
