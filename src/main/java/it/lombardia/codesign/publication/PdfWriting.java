package it.lombardia.codesign.publication;

import it.lombardia.codesign.publication.DocumentModel.Block;
import it.lombardia.codesign.publication.DocumentModel.Chapter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import it.lombardia.codesign.shared.PdfFonts;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link DocumentModel} as PDF in the Liberation Sans font that comes with OpenPDF, embedded so
 * accents print whatever fonts the reader has (as the meeting report does). The index needs the page of
 * every chapter, known only once laid out: the body is set once into a scratch document that records
 * where each chapter heading lands, then again with the index filled in. Every chapter starts on a new
 * page and the index has the same lines both times, so the recorded pages stay right.
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
            Document document = new Document(PageSize.A4, 56, 56, 56, 64);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    if (w.getPageNumber() > 1) {
                        ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                                new Phrase(model.footer().apply(w.getPageNumber()), small),
                                (d.left() + d.right()) / 2, d.bottom() - 28, 0);
                    }
                }

                @Override
                public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String text) {
                    recorded[Integer.parseInt(text)] = w.getPageNumber();
                }
            });
            document.addTitle(model.title());
            document.addCreator("Regione Lombardia");
            document.open();
            cover(document);
            if (model.indexHeading() != null) {
                document.newPage();
                index(document);
            }
            List<Chapter> chapters = model.chapters();
            for (int i = 0; i < chapters.size(); i++) {
                document.newPage();
                Chunk title = new Chunk(chapters.get(i).title(), chapter);
                title.setGenericTag(String.valueOf(i));
                Paragraph p = new Paragraph(title);
                p.setSpacingAfter(10);
                document.add(p);
                for (Block block : chapters.get(i).blocks()) {
                    document.add(block(block));
                }
                progress.report(100 * (i + 1) / chapters.size(), "publication.step.layout");
            }
            document.close();
            return out.toByteArray();
        }

        private void cover(Document document) {
            Paragraph spacer = new Paragraph(" ", body);
            spacer.setSpacingBefore(160);
            document.add(spacer);
            boolean first = true;
            for (String line : model.cover()) {
                Paragraph p = new Paragraph(line, first ? coverLine : coverTitle);
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(18);
                document.add(p);
                first = false;
            }
            if (model.coverNote() != null) {
                Paragraph note = new Paragraph(model.coverNote(), coverLine);
                note.setAlignment(Element.ALIGN_CENTER);
                note.setSpacingBefore(30);
                document.add(note);
            }
        }

        private void index(Document document) {
            Paragraph heading = new Paragraph(model.indexHeading(), chapter);
            heading.setSpacingAfter(12);
            document.add(heading);
            PdfPTable table = new PdfPTable(new float[] {9, 1});
            table.setWidthPercentage(100);
            for (int i = 0; i < model.chapters().size(); i++) {
                table.addCell(plain(model.chapters().get(i).title(), Element.ALIGN_LEFT));
                table.addCell(plain(String.valueOf(known[i]), Element.ALIGN_RIGHT));
            }
            document.add(table);
        }

        private PdfPCell plain(String text, int alignment) {
            PdfPCell cell = new PdfPCell(new Phrase(text, body));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(alignment);
            cell.setPaddingBottom(5);
            return cell;
        }

        private Element block(Block block) {
            return switch (block) {
                case DocumentModel.Heading h -> spaced(new Paragraph(h.text(), heading), 12, 4);
                case DocumentModel.Subheading s -> spaced(new Paragraph(s.text(), subheading), 9, 3);
                case DocumentModel.Text t -> spaced(new Paragraph(t.text(), body), 2, 2);
                case DocumentModel.Note n -> spaced(new Paragraph(n.text(), small), 1, 2);
                case DocumentModel.Field f -> {
                    Paragraph p = new Paragraph();
                    p.add(new Chunk(f.label() + ": ", bold));
                    p.add(new Chunk(f.value(), body));
                    yield spaced(p, 1, 1);
                }
                case DocumentModel.Table t -> table(t);
            };
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
