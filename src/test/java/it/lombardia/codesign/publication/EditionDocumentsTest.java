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
        List<String> pages = DocumentText.pdfPages(documents.pdf(id(), Locale.ITALIAN, ChapterMode.BY_ECOSYSTEM));
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
        assertThat(all).contains("Pagina 3");
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
    void theIndexGivesThePageEachChapterStartsOn() {
        List<String> pages = DocumentText.pdfPages(documents.pdf(id(), Locale.ENGLISH, ChapterMode.BY_MACRO_THEME));
        String index = pages.get(1);
        assertThat(index).contains("Contents");
        List<String> chapters = new ArrayList<>();
        int number = 1;
        for (MacroThemeContent macroTheme : content.macroThemes()) {
            chapters.add(number++ + ". " + macroTheme.title());
        }
        chapters.add("Annex: contributing clusters");
        for (String chapter : chapters) {
            String start = chapter.length() > 30 ? chapter.substring(0, 30) : chapter;
            Matcher m = Pattern.compile(Pattern.quote(start) + "[^\\n]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(index);
            int page = -1;
            // A long title may wrap: the page number then ends its last line.
            if (m.find()) {
                page = Integer.parseInt(m.group(1));
            } else {
                Matcher wrapped = Pattern.compile(Pattern.quote(start) + "[\\s\\S]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(index);
                assertThat(wrapped.find()).as("index line of " + chapter + " in\n" + index).isTrue();
                page = Integer.parseInt(wrapped.group(1));
            }
            assertThat(page).as(chapter + " in\n" + index).isGreaterThan(2);
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
