package it.lombardia.codesign.publication;

import it.lombardia.codesign.publication.DocumentModel.Block;
import it.lombardia.codesign.publication.DocumentModel.Chapter;
import it.lombardia.codesign.shared.PdfFonts;
import it.lombardia.codesign.shared.TaggedPdf;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link DocumentModel} as a tagged PDF ({@link TaggedPdf}: the title as H1, the index as a
 * table of contents, chapters as H2, sections as H3, items as H4, paragraphs, lists and tables) in
 * the Liberation Sans font that comes with OpenPDF, embedded so accents print whatever fonts the
 * reader has (as the meeting report does). The index needs the page of every chapter, known only
 * once laid out: the body is set once into a scratch document that records the page each chapter
 * heading lands on, then again with the index filled in. Every chapter starts on a new page and the
 * index has the same lines both times, so the recorded pages stay right.
 */
@Component
class PdfWriting {

    private static final Color GREY = new Color(0x55, 0x5f, 0x6d);
    private static final Color ACCENT = new Color(0x00, 0x4a, 0x8f);

    private final BaseFont baseFont = PdfFonts.embeddedSans();

    byte[] write(DocumentModel model, Progress progress) {
        int[] pages = new int[model.chapters().size()];
        if (model.indexHeading() != null) {
            new Pass(model, pages, progress.within(0, 50)).write();
        }
        return new Pass(model, pages, progress.within(model.indexHeading() == null ? 0 : 50, 100)).write();
    }

    /** One layout of the document; records the page each chapter starts on into {@code pages}. */
    private final class Pass {

        private final DocumentModel model;
        private final int[] known;
        private final int[] recorded;
        private final Progress progress;
        private final Font coverTitle = new Font(baseFont, 24, Font.BOLD, ACCENT);
        private final Font coverLine = new Font(baseFont, 14);
        private final Font chapter = new Font(baseFont, 18, Font.BOLD, ACCENT);
        private final Font heading = new Font(baseFont, 13.5f, Font.BOLD);
        private final Font subheading = new Font(baseFont, 11.5f, Font.BOLD);
        private final Font body = new Font(baseFont, 10);
        private final Font bold = new Font(baseFont, 10, Font.BOLD);
        private final Font small = new Font(baseFont, 8.5f, Font.NORMAL, GREY);

        Pass(DocumentModel model, int[] known, Progress progress) {
            this.model = model;
            this.known = known.clone();
            this.recorded = known;
            this.progress = progress;
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TaggedPdf pdf = new TaggedPdf(out, PageSize.A4, 56, 56, 56, 64, model.title(), model.language(),
                    "Regione Lombardia", page -> page > 1 ? new Phrase(model.footer().apply(page), small) : null);
            cover(pdf);
            if (model.indexHeading() != null) {
                pdf.newPage();
                index(pdf);
            }
            List<Chapter> chapters = model.chapters();
            for (int i = 0; i < chapters.size(); i++) {
                pdf.newPage();
                recorded[i] = pdf.pageNumber();
                pdf.heading(2, spaced(new Paragraph(chapters.get(i).title(), chapter), 0, 10));
                // a priority is an H4 under its macro-theme's H3, but an H3 in a chapter that is itself
                // the macro-theme: heading levels are never skipped
                boolean sections = chapters.get(i).blocks().stream().anyMatch(DocumentModel.Heading.class::isInstance);
                for (Block block : chapters.get(i).blocks()) {
                    block(pdf, block, sections ? 4 : 3);
                }
                progress.report(100 * (i + 1) / chapters.size(), "publication.step.layout");
            }
            pdf.close();
            return out.toByteArray();
        }

        private void cover(TaggedPdf pdf) {
            pdf.space(160);
            for (int i = 0; i < model.cover().size(); i++) {
                Paragraph p = new Paragraph(model.cover().get(i), i == 0 ? coverLine : coverTitle);
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(18);
                if (i == 1) {
                    pdf.heading(1, p);
                } else {
                    pdf.paragraph(p);
                }
            }
            if (model.coverNote() != null) {
                Paragraph note = new Paragraph(model.coverNote(), coverLine);
                note.setAlignment(Element.ALIGN_CENTER);
                note.setSpacingBefore(30);
                pdf.paragraph(note);
            }
        }

        private void index(TaggedPdf pdf) {
            pdf.heading(2, spaced(new Paragraph(model.indexHeading(), chapter), 0, 12));
            List<String> titles = new ArrayList<>();
            List<String> pages = new ArrayList<>();
            for (int i = 0; i < model.chapters().size(); i++) {
                titles.add(model.chapters().get(i).title());
                pages.add(String.valueOf(known[i]));
            }
            pdf.contents(titles, pages, body);
        }

        private void block(TaggedPdf pdf, Block block, int subheadingLevel) {
            switch (block) {
                case DocumentModel.Heading h -> pdf.heading(3, spaced(new Paragraph(h.text(), heading), 12, 4));
                case DocumentModel.Subheading s ->
                        pdf.heading(subheadingLevel, spaced(new Paragraph(s.text(), subheading), 9, 3));
                case DocumentModel.Text t -> pdf.paragraph(spaced(new Paragraph(t.text(), body), 2, 2));
                case DocumentModel.Note n -> pdf.paragraph(spaced(new Paragraph(n.text(), small), 1, 2));
                case DocumentModel.Field f -> {
                    Paragraph p = new Paragraph();
                    p.add(new Chunk(f.label() + ": ", bold));
                    p.add(new Chunk(f.value(), body));
                    pdf.paragraph(spaced(p, 1, 1));
                }
                case DocumentModel.Bullets b -> pdf.list(b.items().stream().map(item -> new Phrase(item, body)).toList(),
                        new Phrase("•", body), 10, 2);
                case DocumentModel.Table t -> pdf.table(table(t));
            }
        }

        private Paragraph spaced(Paragraph p, float before, float after) {
            p.setSpacingBefore(before);
            p.setSpacingAfter(after);
            return p;
        }

        private PdfPTable table(DocumentModel.Table t) {
            PdfPTable table = t.widths() != null ? new PdfPTable(t.widths()) : new PdfPTable(t.headers().size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setSpacingAfter(6);
            table.setHeaderRows(1);
            for (String header : t.headers()) {
                PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                cell.setBackgroundColor(new Color(0xee, 0xf0, 0xf3));
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (List<String> row : t.rows()) {
                for (int i = 0; i < t.headers().size(); i++) {
                    PdfPCell cell = new PdfPCell(new Phrase(i < row.size() && row.get(i) != null ? row.get(i) : "", body));
                    cell.setPadding(4);
                    cell.setVerticalAlignment(Element.ALIGN_TOP);
                    table.addCell(cell);
                }
            }
            return table;
        }
    }
}
