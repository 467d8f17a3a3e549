package it.lombardia.codesign.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

/** The tagged PDF as a screen reader reads it back, with blocks that run over several pages. */
class TaggedPdfTest {

    private final Font font = new Font(PdfFonts.embeddedSans(), 10);
    private final String longText = String.join(" ", Collections.nCopies(600, "Qualità è più."));

    private byte[] document(Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdf pdf = new TaggedPdf(out, PageSize.A4, 50, 50, 50, 60, "Il titolo", language, "Test",
                page -> new Phrase("Pagina " + page, font));
        pdf.heading(1, new Paragraph("Il titolo", font));
        pdf.contents(List.of("Primo capitolo", "Secondo capitolo"), List.of("2", "5"), font);
        pdf.heading(2, new Paragraph("Primo capitolo", font));
        pdf.paragraph(new Paragraph(longText, font));
        pdf.list(List.of(new Phrase("Una voce", font), new Phrase("Un'altra voce", font)), new Phrase("•", font), 10, 2);
        pdf.newPage();
        pdf.heading(2, new Paragraph("Secondo capitolo", font));
        PdfPTable table = new PdfPTable(2);
        table.setHeaderRows(1);
        table.addCell(new Phrase("Nome", font));
        table.addCell(new Phrase("Valore", font));
        IntStream.range(0, 80).forEach(i -> {
            table.addCell(new Phrase("Riga " + i, font));
            table.addCell(new Phrase(String.valueOf(i), font));
        });
        pdf.table(table);
        pdf.close();
        return out.toByteArray();
    }

    @Test
    void everyTextIsTaggedInReadingOrderOrAnArtifact() {
        PdfTags tags = PdfTags.of(document(Locale.ITALIAN));

        assertThat(tags.marked()).isTrue();
        assertThat(tags.language()).isEqualTo("it-IT");
        assertThat(tags.title()).isEqualTo("Il titolo");
        assertThat(tags.displaysTitle()).isTrue();
        assertThat(tags.elements()).first().satisfies(root -> assertThat(root.type()).isEqualTo("Document"));
        assertThat(tags.elements()).extracting(PdfTags.Element::type).filteredOn(t -> t.matches("H\\d|P|L|TOC|Table"))
                .containsExactly("H1", "TOC", "H2", "P", "L", "H2", "Table");
        assertThat(tags.texts("H1")).containsExactly("Il titolo");
        assertThat(tags.texts("TOCI")).containsExactly("Primo capitolo 2", "Secondo capitolo 5");
        assertThat(tags.texts("LI")).containsExactly("• Una voce", "• Un'altra voce");
        assertThat(tags.untaggedText()).isEmpty();
        assertThat(tags.unclaimedMarks()).isEmpty();
        assertThat(tags.parentTreeMatches()).isTrue();
    }

    @Test
    void aParagraphThatRunsOntoTheNextPageStaysOneParagraph() {
        PdfTags tags = PdfTags.of(document(Locale.ITALIAN));

        assertThat(tags.texts("P")).containsExactly(longText);
        assertThat(tags.artifactText()).contains("Pagina 1", "Pagina 2");
    }

    @Test
    void aTableThatRunsOntoTheNextPageHasItsHeaderOnceInTheTreeAndRepeatedAsAnArtifact() {
        PdfTags tags = PdfTags.of(document(Locale.ITALIAN));

        assertThat(tags.texts("TH")).containsExactly("Nome", "Valore");
        assertThat(tags.elements()).filteredOn(e -> e.type().equals("TH")).allMatch(e -> "Column".equals(e.scope()));
        assertThat(tags.texts("TR")).hasSize(81).startsWith("Nome Valore", "Riga 0 0").endsWith("Riga 79 79");
        assertThat(tags.texts("TD")).hasSize(160);
        assertThat(tags.artifactText()).contains("Nome", "Valore");
    }

    @Test
    void theLanguageIsItalianOfItalyOrBritishEnglish() {
        assertThat(PdfTags.of(document(Locale.ENGLISH)).language()).isEqualTo("en-GB");
        assertThat(TaggedPdf.languageTag(Locale.ITALIAN)).isEqualTo("it-IT");
        assertThat(TaggedPdf.languageTag(Locale.of("it", "CH"))).isEqualTo("it-CH");
    }
}
