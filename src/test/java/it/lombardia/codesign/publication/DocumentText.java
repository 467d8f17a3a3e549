package it.lombardia.codesign.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The text a reader sees in a generated document, page by page for a PDF. */
final class DocumentText {

    private DocumentText() {
    }

    /** The text of each page; index 0 is page 1. */
    static List<String> pdfPages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            reader.close();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdf(byte[] pdf) {
        return flat(String.join("\n", pdfPages(pdf)));
    }

    /** Line breaks and runs of spaces as single spaces: the PDF wraps lines where it must. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String docx(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                text.append(p.getText()).append('\n');
            }
            for (XWPFTable table : doc.getTables()) {
                text.append(table.getText()).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of the paragraphs with the given style (Heading1 for chapters). */
    static List<String> docxHeadings(byte[] docx, String style) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
