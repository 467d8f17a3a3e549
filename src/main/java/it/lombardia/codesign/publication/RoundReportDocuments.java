package it.lombardia.codesign.publication;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.proposal.ProposalRecord;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.RoundProposals;
import it.lombardia.codesign.proposal.StatusChange;
import it.lombardia.codesign.publication.DocumentModel.Block;
import it.lombardia.codesign.publication.DocumentModel.Chapter;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Translations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A round's report: its phases, its proposals counted by cluster, ecosystem and outcome, the weekly
 * review timeline and the list of proposals. Counts what the reader may read (drafts only for region
 * staff and the proposing clusters), as {@link RoundProposals} gives it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundReportDocuments {

    private final RoundService rounds;
    private final RoundProposals proposals;
    private final CatalogService catalog;
    private final Translations translations;
    private final PdfWriting pdf;
    private final DocxWriting docx;

    RoundReportDocuments(RoundService rounds, RoundProposals proposals, CatalogService catalog,
                         Translations translations, PdfWriting pdf, DocxWriting docx) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.catalog = catalog;
        this.translations = translations;
        this.pdf = pdf;
        this.docx = docx;
    }

    public byte[] pdf(long roundId, Locale locale) {
        return render(roundId, locale, DocumentFormat.PDF, Progress.NONE);
    }

    public byte[] docx(long roundId, Locale locale) {
        return render(roundId, locale, DocumentFormat.DOCX, Progress.NONE);
    }

    public byte[] render(long roundId, Locale locale, DocumentFormat format, Progress progress) {
        progress.report(5, "publication.step.reading");
        DocumentModel model = model(roundId, Translations.supported(locale));
        progress.report(30, "publication.step.layout");
        byte[] bytes = format == DocumentFormat.PDF ? pdf.write(model, progress.within(30, 100))
                : docx.write(model, progress.within(30, 100));
        progress.report(100, "publication.step.done");
        return bytes;
    }

    /** rapporto-round-3-it.pdf, round-report-3-en.docx */
    public String fileName(long roundId, Locale locale, DocumentFormat format) {
        boolean italian = Translations.supported(locale) == Translations.ITALIAN;
        return (italian ? "rapporto-round-" : "round-report-") + roundId + (italian ? "-it." : "-en.")
                + format.extension();
    }

    /** The counts the report shows, for the reader signed in now. */
    public RoundFigures figures(long roundId) {
        List<ProposalRecord> list = proposals.of(roundId);
        Map<String, int[]> byCluster = new TreeMap<>();
        Map<String, Integer> byEcosystem = new TreeMap<>();
        Map<ProposalStatus, Integer> byStatus = new TreeMap<>();
        for (ProposalRecord p : list) {
            byCluster.computeIfAbsent(p.leadClusterCode(), k -> new int[2])[0]++;
            p.coProposerClusterCodes().forEach(c -> byCluster.computeIfAbsent(c, k -> new int[2])[1]++);
            p.ecosystemCodes().forEach(e -> byEcosystem.merge(e, 1, Integer::sum));
            byStatus.merge(p.status(), 1, Integer::sum);
        }
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        for (StatusChange change : proposals.statusChanges(roundId)) {
            int column = switch (change.to()) {
                case SUBMITTED, RESUBMITTED -> 0;
                case CHANGES_REQUESTED -> 1;
                case APPROVED -> 2;
                case REJECTED -> 3;
                default -> -1;
            };
            if (column >= 0) {
                LocalDate week = change.at().atZone(Lombardy.ZONE).toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                weeks.computeIfAbsent(week, k -> new int[4])[column]++;
            }
        }
        return new RoundFigures(list, byCluster, byEcosystem, byStatus, weeks);
    }

    /**
     * @param byCluster per cluster code: [led, co-proposed]
     * @param weeks per Monday: [submitted or resubmitted, changes requested, approved, rejected]
     */
    public record RoundFigures(List<ProposalRecord> proposals, Map<String, int[]> byCluster,
                               Map<String, Integer> byEcosystem, Map<ProposalStatus, Integer> byStatus,
                               Map<LocalDate, int[]> weeks) {
    }

    DocumentModel model(long roundId, Locale locale) {
        RoundSummary round = rounds.round(roundId)
                .orElseThrow(() -> new TranslatableException("publication.error.no-round"));
        RoundFigures figures = figures(roundId);
        List<Chapter> chapters = new ArrayList<>();

        List<Block> overview = new ArrayList<>();
        overview.add(new DocumentModel.Field(t(locale, "publication.round.edition"), round.editionPeriod()));
        overview.add(new DocumentModel.Field(t(locale, "publication.round.span"),
                t(locale, "publication.round.from-to", Formats.date(round.opensOn(), locale), Formats.date(round.closesOn(), locale))));
        overview.add(new DocumentModel.Field(t(locale, "publication.round.phase"), t(locale, round.phase().labelKey())));
        overview.add(new DocumentModel.Field(t(locale, "publication.round.total"), String.valueOf(figures.proposals().size())));
        List<List<String>> phases = new ArrayList<>();
        for (PhasePlan planned : round.plans()) {
            // the days a phase really ran once it has started, the plan before
            PhasePlan plan = round.actual(planned.phase()).orElse(planned);
            phases.add(List.of(t(locale, plan.phase().labelKey()), Formats.date(plan.startsOn(), locale),
                    Formats.date(plan.endsOn(), locale)));
        }
        overview.add(new DocumentModel.Table(List.of(t(locale, "publication.round.phase-column"),
                t(locale, "publication.round.starts"), t(locale, "publication.round.ends")), phases, new float[] {5, 2.5f, 2.5f}));
        chapters.add(new Chapter(t(locale, "publication.round.overview"), overview));

        List<List<String>> clusterRows = new ArrayList<>();
        for (TechCluster cluster : catalog.clusters()) {
            int[] counts = figures.byCluster().getOrDefault(cluster.code(), new int[2]);
            clusterRows.add(List.of(cluster.name(locale), String.valueOf(counts[0]), String.valueOf(counts[1])));
        }
        chapters.add(new Chapter(t(locale, "publication.round.by-cluster"), List.of(new DocumentModel.Table(
                List.of(t(locale, "publication.round.cluster"), t(locale, "publication.round.led"),
                        t(locale, "publication.round.co-proposed")), clusterRows, new float[] {6, 2, 2}))));

        List<List<String>> ecosystemRows = new ArrayList<>();
        for (Ecosystem ecosystem : catalog.ecosystems()) {
            ecosystemRows.add(List.of(ecosystem.name(locale),
                    String.valueOf(figures.byEcosystem().getOrDefault(ecosystem.code(), 0))));
        }
        chapters.add(new Chapter(t(locale, "publication.round.by-ecosystem"), List.of(
                new DocumentModel.Note(t(locale, "publication.round.by-ecosystem.note")),
                new DocumentModel.Table(List.of(t(locale, "publication.round.ecosystem"), t(locale, "publication.round.proposals")),
                        ecosystemRows, new float[] {8, 2}))));

        List<List<String>> statusRows = new ArrayList<>();
        figures.byStatus().forEach((status, count) -> statusRows.add(List.of(t(locale, status.labelKey()), String.valueOf(count))));
        chapters.add(new Chapter(t(locale, "publication.round.by-status"), List.of(
                new DocumentModel.Table(List.of(t(locale, "publication.round.status"), t(locale, "publication.round.proposals")),
                        statusRows, new float[] {8, 2}))));

        List<Block> timeline = new ArrayList<>();
        if (figures.weeks().isEmpty()) {
            timeline.add(new DocumentModel.Note(t(locale, "publication.round.timeline.none")));
        } else {
            List<List<String>> weekRows = new ArrayList<>();
            figures.weeks().forEach((monday, c) -> weekRows.add(List.of(t(locale, "publication.round.week", Formats.date(monday, locale)),
                    String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]), String.valueOf(c[3]))));
            timeline.add(new DocumentModel.Table(List.of(t(locale, "publication.round.week-column"),
                    t(locale, "publication.round.submitted"), t(locale, "publication.round.changes-requested"),
                    t(locale, "publication.round.approved"), t(locale, "publication.round.rejected")), weekRows,
                    new float[] {4, 1.5f, 1.5f, 1.5f, 1.5f}));
        }
        chapters.add(new Chapter(t(locale, "publication.round.timeline"), timeline));

        List<List<String>> proposalRows = new ArrayList<>();
        for (ProposalRecord p : figures.proposals()) {
            proposalRows.add(List.of(p.title(), t(locale, p.kind().labelKey()),
                    catalog.cluster(p.leadClusterCode()).map(c -> c.shortLabel(locale)).orElse(p.leadClusterCode()),
                    t(locale, p.status().labelKey()), p.decidedAt() == null ? "—" : Formats.dateTime(p.decidedAt(), locale)));
        }
        chapters.add(new Chapter(t(locale, "publication.round.list"), List.of(new DocumentModel.Table(
                List.of(t(locale, "publication.round.title-column"), t(locale, "publication.round.kind"),
                        t(locale, "publication.round.lead"), t(locale, "publication.round.status"),
                        t(locale, "publication.round.decided")), proposalRows, new float[] {5, 2.5f, 1.8f, 2.2f, 2.5f}))));

        return new DocumentModel(t(locale, "publication.round.document-title", round.title()), locale,
                List.of(t(locale, "publication.region"), t(locale, "publication.round.document-title", round.title())),
                t(locale, "publication.round.generated", Formats.date(Formats.today(), locale)),
                t(locale, "publication.index"), chapters, page -> t(locale, "publication.page", page));
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
