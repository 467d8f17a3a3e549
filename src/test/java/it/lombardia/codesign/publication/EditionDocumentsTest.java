package it.lombardia.codesign.publication;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.shared.PdfTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The demo 2024-2025 edition as a PDF and a Word document, read back as its readers would. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class EditionDocumentsTest {

    @Autowired
    EditionDocuments documents;
    @Autowired
    ProgrammeService programme;
    @Autowired
    CatalogService catalog;
    @Autowired
    UserDetailsService users;

    EditionContent content;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "observer");
        EditionSummary edition = programme.editions().stream().filter(e -> e.periodLabel().equals("2024-2025"))
                .findFirst().orElseThrow();
        content = programme.content(edition.id()).orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long id() {
        return content.edition().id();
    }

    private PriorityContent aPriority() {
        return content.macroThemes().stream().flatMap(m -> m.priorities().stream()).findFirst().orElseThrow();
    }

    @Test
    void theItalianPdfHasTheCoverEveryMacroThemeThePrioritiesAndTheAnnex() {
        byte[] pdf = documents.pdf(id(), Locale.ITALIAN, ChapterMode.BY_ECOSYSTEM);
        List<String> pages = DocumentText.pdfPages(pdf);
        String all = DocumentText.flat(String.join("\n", pages));

        assertThat(DocumentText.flat(pages.getFirst())).contains("Regione Lombardia", "Programma di Lavoro Ricerca e Innovazione 2024-2025",
                "Adottato con " + content.edition().actReference());
        for (MacroThemeContent macroTheme : content.macroThemes()) {
            assertThat(all).contains(macroTheme.title(Locale.ITALIAN));
        }
        PriorityContent priority = aPriority();
        assertThat(all).contains(priority.title(Locale.ITALIAN), "TRL " + priority.trlMin() + "–" + priority.trlMax(),
                "Sostenibilità", "Impatto sul territorio", "Allegato: cluster che hanno contribuito");
        String proposer = catalog.cluster(priority.proposerClusterCodes().iterator().next()).orElseThrow().name(Locale.ITALIAN);
        String annex = all.substring(all.lastIndexOf("Allegato: cluster che hanno contribuito"));
        assertThat(annex).contains(proposer);
        // the page footers are artifacts, which text extraction leaves out as a screen reader does
        assertThat(PdfTags.of(pdf).artifactText()).contains("Pagina 3");
    }

    /**
     * What a screen reader needs (PDF/UA): a tagged PDF in the document's language whose title is
     * shown, the title as H1, the index and chapters as H2, macro-themes as H3, priorities as H4,
     * the fields as paragraphs, the annex as a table with column headers and lists; every text is
     * in a tagged element or an artifact (the page footers).
     */
    @Test
    void theItalianPdfIsTaggedInItalianWithItsHeadingsParagraphsListsAndTables() {
        PdfTags tags = PdfTags.of(documents.pdf(id(), Locale.ITALIAN, ChapterMode.BY_ECOSYSTEM));
        String title = "Programma di Lavoro Ricerca e Innovazione 2024-2025";

        assertThat(tags.marked()).isTrue();
        assertThat(tags.language()).isEqualTo("it-IT");
        assertThat(tags.title()).isEqualTo(title);
        assertThat(tags.displaysTitle()).isTrue();
        assertThat(tags.texts("H1")).containsExactly(title);
        List<String> chapters = new ArrayList<>(catalog.ecosystems().stream().map(e -> e.name(Locale.ITALIAN)).toList());
        chapters.add("Allegato: cluster che hanno contribuito");
        assertThat(tags.texts("H2")).first().isEqualTo("Indice");
        assertThat(tags.texts("H2").subList(1, tags.texts("H2").size())).containsExactlyElementsOf(chapters);
        assertThat(tags.texts("TOCI")).hasSize(chapters.size()).allMatch(entry -> entry.matches(".+ \\d+"));
        MacroThemeContent macroTheme = content.macroThemes().getFirst();
        assertThat(tags.texts("H3")).contains("Macro-tema: " + macroTheme.title(Locale.ITALIAN));
        assertThat(tags.texts("H4")).contains(aPriority().title(Locale.ITALIAN));
        assertThat(tags.headingsNeverSkipALevel()).isTrue();
        assertThat(tags.texts("P")).contains("Regione Lombardia").anyMatch(p -> p.startsWith("Descrizione: "));
        assertThat(tags.texts("TH")).containsExactly("Cluster", "Priorità");
        assertThat(tags.elements()).filteredOn(e -> e.type().equals("TH")).allMatch(e -> "Column".equals(e.scope()));
        assertThat(tags.texts("TD")).isNotEmpty();
        assertThat(tags.texts("LBody")).contains(aPriority().title(Locale.ITALIAN));
        assertThat(tags.texts("Lbl")).containsOnly("•");
        assertThat(tags.untaggedText()).isEmpty();
        assertThat(tags.unclaimedMarks()).isEmpty();
        assertThat(tags.parentTreeMatches()).isTrue();
        assertThat(tags.artifactText()).contains("Pagina 2", "Pagina 3");
    }

    @Test
    void theItalianEditionIsInItalianThroughout() {
        // The page footers ("Pagina 3") left out, so that a text running on to the next page reads as one.
        String pdf = DocumentText.flat(String.join(" ", DocumentText.pdfPages(
                documents.pdf(id(), Locale.ITALIAN, ChapterMode.BY_MACRO_THEME)).stream()
                .map(page -> page.replaceAll("Pagina \\d+", " ")).toList()));
        String docx = DocumentText.flat(DocumentText.docx(documents.docx(id(), Locale.ITALIAN, ChapterMode.BY_MACRO_THEME)));

        assertThat(content.macroThemes().getFirst().title(Locale.ITALIAN)).isEqualTo("Manifattura digitale e sostenibile");
        for (String text : List.of(pdf, docx)) {
            for (MacroThemeContent m : content.macroThemes()) {
                assertThat(m.titleIt()).as(m.title()).isNotBlank().isNotEqualTo(m.title());
                assertThat(text).contains(m.titleIt(), m.descriptionIt()).doesNotContain(m.title(), m.description());
                for (PriorityContent p : m.priorities()) {
                    assertThat(text).contains(p.titleIt(), p.descriptionIt(), p.ecosystemImpactIt(), p.territorialImpactIt())
                            .doesNotContain(p.title(), p.description(), p.ecosystemImpact(), p.territorialImpact());
                }
            }
            assertThat(text).contains("Adottato con D.G.R. n. XII/1523 dell'11/12/2023 (esempio)").doesNotContain("demo reference");
        }
        // English documents keep the texts as written.
        String english = DocumentText.pdf(documents.pdf(id(), Locale.ENGLISH, ChapterMode.BY_MACRO_THEME));
        assertThat(english).contains("Digital and Sustainable Manufacturing").doesNotContain("Manifattura digitale e sostenibile");
    }

    @Test
    void theEnglishPdfIsTaggedInBritishEnglish() {
        PdfTags tags = PdfTags.of(documents.pdf(id(), Locale.ENGLISH, ChapterMode.BY_MACRO_THEME));

        assertThat(tags.language()).isEqualTo("en-GB");
        assertThat(tags.texts("H1")).containsExactly("Research and Innovation Work Programme 2024-2025");
        assertThat(tags.texts("H2")).startsWith("Contents", "1. " + content.macroThemes().getFirst().title())
                .endsWith("Annex: contributing clusters");
        // a chapter per macro-theme: its priorities come right under the chapter
        assertThat(tags.texts("H3")).contains(aPriority().title());
        assertThat(tags.headingsNeverSkipALevel()).isTrue();
        assertThat(tags.untaggedText()).isEmpty();
    }

    /** Each entry of the index, as a screen reader reads it (a TOCI), ends with the page its chapter starts on. */
    @Test
    void theIndexGivesThePageEachChapterStartsOn() {
        byte[] pdf = documents.pdf(id(), Locale.ENGLISH, ChapterMode.BY_MACRO_THEME);
        List<String> pages = DocumentText.pdfPages(pdf);
        assertThat(pages.get(1)).contains("Contents");
        List<String> entries = PdfTags.of(pdf).texts("TOCI");
        List<String> chapters = new ArrayList<>();
        int number = 1;
        for (MacroThemeContent macroTheme : content.macroThemes()) {
            chapters.add(number++ + ". " + macroTheme.title());
        }
        chapters.add("Annex: contributing clusters");
        assertThat(entries).hasSize(chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            String chapter = chapters.get(i);
            Matcher m = Pattern.compile(Pattern.quote(chapter) + " (\\d+)").matcher(entries.get(i));
            assertThat(m.matches()).as("index entry of " + chapter + ": " + entries.get(i)).isTrue();
            int page = Integer.parseInt(m.group(1));
            String start = chapter.length() > 30 ? chapter.substring(0, 30) : chapter;
            assertThat(page).as(chapter).isGreaterThan(2);
            assertThat(pages.get(page - 1)).as("page " + page + " of " + chapter).contains(start);
        }
    }

    @Test
    void chaptersFollowTheChosenGrouping() {
        byte[] byEcosystem = documents.docx(id(), Locale.ENGLISH, ChapterMode.BY_ECOSYSTEM);
        byte[] byMacroTheme = documents.docx(id(), Locale.ENGLISH, ChapterMode.BY_MACRO_THEME);

        List<String> ecosystemChapters = DocumentText.docxHeadings(byEcosystem, "Heading1");
        List<String> macroThemeChapters = DocumentText.docxHeadings(byMacroTheme, "Heading1");
        assertThat(ecosystemChapters).startsWith(catalog.ecosystems().stream().map(e -> e.name(Locale.ENGLISH))
                .toArray(String[]::new)).endsWith("Annex: contributing clusters");
        assertThat(macroThemeChapters).hasSize(content.macroThemes().size() + 1)
                .startsWith("1. " + content.macroThemes().getFirst().title());
        assertThat(ecosystemChapters).isNotEqualTo(macroThemeChapters);
    }

    @Test
    void theItalianWordDocumentSaysTheSame() {
        byte[] docx = documents.docx(id(), Locale.ITALIAN, ChapterMode.BY_ECOSYSTEM);
        String text = DocumentText.docx(docx);

        assertThat(text).contains("Programma di Lavoro Ricerca e Innovazione 2024-2025",
                "Adottato con " + content.edition().actReference(), "Indice", "Sostenibilità");
        for (MacroThemeContent macroTheme : content.macroThemes()) {
            assertThat(text).contains(macroTheme.title(Locale.ITALIAN));
        }
        PriorityContent priority = aPriority();
        assertThat(text).contains(priority.title(Locale.ITALIAN), "TRL " + priority.trlMin() + "–" + priority.trlMax());
        assertThat(DocumentText.docxHeadings(docx, "Heading1")).contains("Sostenibilità",
                "Allegato: cluster che hanno contribuito");
        for (String code : priority.proposerClusterCodes()) {
            assertThat(text).contains(catalog.cluster(code).orElseThrow().name(Locale.ITALIAN));
        }
        assertThat(documents.fileName(id(), Locale.ITALIAN, DocumentFormat.PDF)).isEqualTo("programma-lavoro-2024-2025-it.pdf");
        assertThat(documents.fileName(id(), Locale.ENGLISH, DocumentFormat.DOCX)).isEqualTo("work-programme-2024-2025-en.docx");
    }

    @Test
    void theDraftEditionSaysItIsInPreparation() {
        EditionSummary draft = programme.editions().stream().filter(e -> !e.adopted()).findFirst().orElseThrow();
        String cover = DocumentText.flat(DocumentText.pdfPages(documents.pdf(draft.id(), Locale.ENGLISH, ChapterMode.BY_MACRO_THEME)).getFirst());
        assertThat(cover).contains("Research and Innovation Work Programme " + draft.periodLabel(), "Draft in preparation");
    }
}
