package it.lombardia.codesign.publication;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.proposal.ProposalRecord;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.RoundProposals;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.PdfTags;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The report of the demo round as a reviewer gets it: its counts are those of the round's proposals. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class RoundReportDocumentsTest {

    @Autowired
    RoundReportDocuments reports;
    @Autowired
    RoundService rounds;
    @Autowired
    RoundProposals roundProposals;
    @Autowired
    CatalogService catalog;
    @Autowired
    UserDetailsService users;

    RoundSummary round;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "reviewer");
        round = rounds.rounds().stream().filter(r -> r.title().equals("EDP 2026-2027")).findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theWordReportCountsTheProposalsByClusterAndOutcome() throws Exception {
        List<ProposalRecord> proposals = roundProposals.of(round.id());
        assertThat(proposals).isNotEmpty();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.docx(round.id(), Locale.ENGLISH)))) {
            Map<String, List<String>> clusters = rows(table(doc, "Cluster"));
            for (TechCluster cluster : catalog.clusters()) {
                long led = proposals.stream().filter(p -> p.leadClusterCode().equals(cluster.code())).count();
                long co = proposals.stream().filter(p -> p.coProposerClusterCodes().contains(cluster.code())).count();
                assertThat(clusters.get(cluster.name(Locale.ENGLISH))).as(cluster.code())
                        .containsExactly(String.valueOf(led), String.valueOf(co));
            }
            Map<String, List<String>> outcomes = rows(table(doc, "Status"));
            for (ProposalStatus status : ProposalStatus.values()) {
                long count = proposals.stream().filter(p -> p.status() == status).count();
                if (count > 0) {
                    assertThat(outcomes).containsKey(englishLabel(status));
                    assertThat(outcomes.get(englishLabel(status))).containsExactly(String.valueOf(count));
                }
            }
            assertThat(outcomes.values().stream().mapToInt(v -> Integer.parseInt(v.getFirst())).sum())
                    .isEqualTo(proposals.size());
            assertThat(rows(table(doc, "Title")).keySet()).containsExactlyInAnyOrderElementsOf(
                    proposals.stream().map(ProposalRecord::title).toList());
        }
    }

    @Test
    void theItalianPdfHasTheRoundItsPhasesAndItsProposals() {
        String text = DocumentText.pdf(reports.pdf(round.id(), Locale.ITALIAN));
        List<ProposalRecord> proposals = roundProposals.of(round.id());

        assertThat(text).contains("Rapporto del round: EDP 2026-2027", "Il round e le sue fasi", "Stesura delle proposte",
                "Proposte per cluster", "Proposte per ecosistema", "Proposte per esito",
                "Andamento della valutazione per settimana", "Elenco delle proposte", "Proposte: " + proposals.size());
        proposals.forEach(p -> assertThat(text).contains(p.title().length() > 25 ? p.title().substring(0, 25) : p.title()));
        assertThat(reports.fileName(round.id(), Locale.ITALIAN, DocumentFormat.PDF)).isEqualTo("rapporto-round-" + round.id() + "-it.pdf");
    }

    @Test
    void thePdfIsATaggedDocumentInTheReadersLanguageWithHeadingsAndTables() {
        PdfTags english = PdfTags.of(reports.pdf(round.id(), Locale.ENGLISH));
        assertThat(english.marked()).isTrue();
        assertThat(english.language()).isEqualTo("en-GB");
        assertThat(english.title()).isEqualTo("Round report: EDP 2026-2027");
        assertThat(english.displaysTitle()).isTrue();
        assertThat(english.texts("H1")).containsExactly("Round report: EDP 2026-2027");
        assertThat(english.texts("H2")).startsWith("Contents", "The round and its phases");
        assertThat(english.headingsNeverSkipALevel()).isTrue();
        assertThat(english.texts("TH")).contains("Phase", "Cluster", "Title");
        assertThat(english.elements()).filteredOn(e -> e.type().equals("TH")).allMatch(e -> "Column".equals(e.scope()));
        assertThat(english.texts("TR")).anyMatch(row -> row.startsWith(catalog.clusters().getFirst().name(Locale.ENGLISH)));
        assertThat(english.texts("P")).anyMatch(p -> p.startsWith("Proposals: "));
        assertThat(english.untaggedText()).isEmpty();
        assertThat(english.unclaimedMarks()).isEmpty();
        assertThat(english.parentTreeMatches()).isTrue();

        PdfTags italian = PdfTags.of(reports.pdf(round.id(), Locale.ITALIAN));
        assertThat(italian.language()).isEqualTo("it-IT");
        assertThat(italian.texts("H1")).containsExactly("Rapporto del round: EDP 2026-2027");
    }

    private String englishLabel(ProposalStatus status) {
        return java.util.ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT).getString(status.labelKey());
    }

    private static XWPFTable table(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + firstHeader));
    }

    /** First cell -> the other cells, for the rows under the header. */
    private static Map<String, List<String>> rows(XWPFTable table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            List<String> cells = row.getTableCells().stream().map(c -> c.getText()).toList();
            rows.put(cells.getFirst(), cells.subList(1, cells.size()));
        }
        return rows;
    }
}
