package it.lombardia.codesign.shared;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A tagged PDF (ISO 32000-1 §14.8, written with PDF/UA in mind) for every document the app
 * publishes: the language in the catalog, the title shown by the viewer, MarkInfo, and a structure
 * tree in reading order with headings (H1–H6), paragraphs (P), lists (L, LI, Lbl, LBody), tables
 * (Table, TR, TH with a column scope, TD) and a table of contents (TOC, TOCI). Page footers, cell
 * backgrounds and rules are artifacts.
 * <p>
 * Why the layout is done here: OpenPDF tags nothing that its {@code Document.add} lays out; it
 * writes those lines into a content stream of its own, where no marked-content sequence can reach
 * them. So each block is set with {@link ColumnText} (or, for a table, cell by cell with
 * {@link PdfPTable#writeSelectedRows}) into a scratch canvas, and the canvas is added to the page's
 * direct content inside a marked-content sequence of the block's structure element. A block that
 * runs onto the next page continues there under the same element (a second MCID on that page).
 * The {@link Document} only supplies pages and margins.
 */
public final class TaggedPdf {

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SCOPE = new PdfName("Scope");
    /** Below this the next heading would stand alone at the foot of a page: it goes to the next. */
    private static final float ROOM_AFTER_HEADING = 48;

    private final Document document;
    private final PdfWriter writer;
    private final PdfContentByte page;
    private final PdfStructureElement root;
    private float y;

    /**
     * @param footer the footer of a page by its number, or null for none on that page
     */
    public TaggedPdf(OutputStream out, Rectangle pageSize, float marginLeft, float marginRight, float marginTop,
                     float marginBottom, String title, Locale language, String creator, IntFunction<Phrase> footer) {
        document = new Document(pageSize, marginLeft, marginRight, marginTop, marginBottom);
        writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(languageTag(language)));
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                Phrase text = footer == null ? null : footer.apply(w.getPageNumber());
                if (text != null) {
                    PdfContentByte canvas = page.getDuplicate();
                    ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, text, (d.left() + d.right()) / 2,
                            d.bottom() - 28, 0);
                    PdfDictionary pagination = new PdfDictionary();
                    pagination.put(PdfName.TYPE, new PdfName("Pagination"));
                    pagination.put(PdfName.SUBTYPE, new PdfName("Footer"));
                    page.beginMarkedContentSequence(ARTIFACT, pagination, true);
                    page.add(canvas);
                    page.endMarkedContentSequence();
                }
            }
        });
        document.addTitle(title);
        document.addCreator(creator);
        writer.createXmpMetadata();
        document.open();
        page = writer.getDirectContent();
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        y = document.top();
    }

    /** The app speaks Italian of Italy and British English. */
    static String languageTag(Locale language) {
        if (!language.getCountry().isEmpty()) {
            return language.toLanguageTag();
        }
        return switch (language.getLanguage()) {
            case "it" -> "it-IT";
            case "en" -> "en-GB";
            default -> language.toLanguageTag();
        };
    }

    /** A heading of level 1 to 6; it starts a new page rather than end one alone. */
    public void heading(int level, Paragraph text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        if (y - ROOM_AFTER_HEADING - text.getTotalLeading() < document.bottom() && !atTop()) {
            newPage();
        }
        flow(new PdfName("H" + level), text);
    }

    public void paragraph(Paragraph text) {
        flow(PdfName.P, text);
    }

    /** Vertical space that carries no content. */
    public void space(float points) {
        y = Math.max(document.bottom(), y - points);
    }

    /**
     * A bulleted list: each item's label (the bullet) and body, the body indented and wrapped.
     * {@code spacing} is the space before each item.
     */
    public void list(List<Phrase> items, Phrase bullet, float indent, float spacing) {
        if (items.isEmpty()) {
            return;
        }
        PdfStructureElement list = new PdfStructureElement(root, PdfName.L);
        for (Phrase item : items) {
            if (!atTop()) {
                space(spacing);
            }
            float leading = item.getLeading();
            if (y - leading < document.bottom()) {
                newPage();
            }
            PdfStructureElement entry = new PdfStructureElement(list, PdfName.LI);
            PdfContentByte label = page.getDuplicate();
            ColumnText.showTextAligned(label, Element.ALIGN_LEFT, bullet, document.left(), y - leading, 0);
            tag(new PdfStructureElement(entry, new PdfName("Lbl")), label);
            textColumns(new PdfStructureElement(entry, new PdfName("LBody")), item, document.left() + indent,
                    document.right());
        }
    }

    /**
     * A table of contents: one entry per line, its title on the left, wrapped if long, and its page
     * number at the right of its last line.
     */
    public void contents(List<String> titles, List<String> pages, Font font) {
        PdfStructureElement contents = new PdfStructureElement(root, PdfName.TOC);
        float pageColumn = 40;
        for (int i = 0; i < titles.size(); i++) {
            Phrase title = new Phrase(titles.get(i), font);
            if (y - 2 * title.getLeading() < document.bottom()) {
                newPage();
            }
            PdfStructureElement entry = new PdfStructureElement(contents, PdfName.TOCI);
            float lastBaseline = textColumns(entry, title, document.left(), document.right() - pageColumn);
            PdfContentByte number = page.getDuplicate();
            ColumnText.showTextAligned(number, Element.ALIGN_RIGHT, new Phrase(pages.get(i), font), document.right(),
                    lastBaseline, 0);
            tag(entry, number);
            y -= 5;
        }
    }

    /**
     * A table; its header rows are TH cells with a column scope, repeated as artifacts at the top of
     * each further page it runs onto. A row is kept whole on one page.
     */
    public void table(PdfPTable table) {
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        if (!atTop()) {
            space(table.spacingBefore());
        }
        PdfStructureElement element = new PdfStructureElement(root, PdfName.TABLE);
        int headerRows = table.getHeaderRows();
        for (int row = 0; row < table.size(); row++) {
            if (y - table.getRowHeight(row) < document.bottom() && !atTop()) {
                newPage();
                for (int header = 0; header < headerRows && row >= headerRows; header++) {
                    row(table, header, null, false);
                }
            }
            row(table, row, new PdfStructureElement(element, PdfName.TABLEROW), row < headerRows);
        }
        space(table.spacingAfter());
    }

    public void newPage() {
        document.newPage();
        y = document.top();
    }

    public int pageNumber() {
        return writer.getPageNumber();
    }

    public void close() {
        document.close();
    }

    private boolean atTop() {
        return y >= document.top();
    }

    /** Sets a paragraph from y down, over as many pages as it needs, under one element. */
    private void flow(PdfName type, Paragraph text) {
        if (text.getContent().isBlank()) {
            space(text.getSpacingBefore() + text.getSpacingAfter());
            return;
        }
        PdfStructureElement element = new PdfStructureElement(root, type);
        ColumnText column = new ColumnText(null);
        column.addElement(text);
        while (true) {
            PdfContentByte canvas = page.getDuplicate();
            column.setCanvas(canvas);
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            boolean fresh = atTop();
            int status = go(column);
            tag(element, canvas);
            y = column.getYLine();
            // a line taller than a whole page would otherwise ask for new pages for ever
            if (!ColumnText.hasMoreText(status) || (fresh && column.getLinesWritten() == 0)) {
                return;
            }
            newPage();
        }
    }

    /**
     * Sets a phrase as plain text between two x positions, over as many pages as it needs, under
     * one element; returns the baseline of its last line.
     */
    private float textColumns(PdfStructureElement element, Phrase text, float left, float right) {
        ColumnText column = new ColumnText(null);
        column.addText(text);
        column.setLeading(text.getLeading());
        float lastBaseline = y;
        while (true) {
            PdfContentByte canvas = page.getDuplicate();
            column.setCanvas(canvas);
            column.setSimpleColumn(left, document.bottom(), right, y);
            boolean fresh = atTop();
            int status = go(column);
            tag(element, canvas);
            // in text mode the column's line ends on the baseline of the last line it set
            lastBaseline = column.getYLine();
            y = column.getYLine() - text.getFont().getCalculatedSize() * 0.3f;
            if (!ColumnText.hasMoreText(status) || (fresh && column.getLinesWritten() == 0)) {
                return lastBaseline;
            }
            newPage();
        }
    }

    /** One table row, cell by cell: backgrounds and rules as artifacts, the text as TH or TD (or an artifact). */
    private void row(PdfPTable table, int row, PdfStructureElement element, boolean header) {
        float x = document.left();
        for (int col = 0; col < table.getNumberOfColumns(); col++) {
            PdfContentByte[] canvases = {page.getDuplicate(), page.getDuplicate(), page.getDuplicate(),
                    page.getDuplicate()};
            // written alone, a column is placed at the x given, not at its place in the row
            table.writeSelectedRows(col, col + 1, row, row + 1, x, y, canvases);
            x += table.getAbsoluteWidths()[col];
            // the same order and state as PdfPTable.endWritingRows: base, backgrounds, rules, text
            PdfContentByte drawing = page.getDuplicate();
            drawing.add(canvases[PdfPTable.BASECANVAS]);
            if (!isEmpty(canvases[PdfPTable.BACKGROUNDCANVAS])) {
                drawing.saveState();
                drawing.add(canvases[PdfPTable.BACKGROUNDCANVAS]);
                drawing.restoreState();
            }
            if (!isEmpty(canvases[PdfPTable.LINECANVAS])) {
                drawing.saveState();
                drawing.setLineCap(2);
                drawing.resetRGBColorStroke();
                drawing.add(canvases[PdfPTable.LINECANVAS]);
                drawing.restoreState();
            }
            artifact(drawing);
            if (element == null) {
                artifact(canvases[PdfPTable.TEXTCANVAS]);
            } else {
                PdfStructureElement cell = new PdfStructureElement(element, header ? PdfName.TH : PdfName.TD);
                if (header) {
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, PdfName.TABLE);
                    attributes.put(SCOPE, new PdfName("Column"));
                    cell.put(PdfName.A, attributes);
                }
                tag(cell, canvases[PdfPTable.TEXTCANVAS]);
            }
        }
        y -= table.getRowHeight(row);
    }

    /** Adds the content to the page as marked content of the element; nothing when it is empty. */
    private void tag(PdfStructureElement element, PdfContentByte content) {
        if (isEmpty(content)) {
            return;
        }
        page.beginMarkedContentSequence(element);
        page.add(content);
        page.endMarkedContentSequence();
    }

    private void artifact(PdfContentByte content) {
        if (isEmpty(content)) {
            return;
        }
        page.beginMarkedContentSequence(ARTIFACT);
        page.add(content);
        page.endMarkedContentSequence();
    }

    private static boolean isEmpty(PdfContentByte content) {
        return content.getInternalBuffer().size() == 0;
    }

    private static int go(ColumnText column) {
        try {
            return column.go();
        } catch (DocumentException e) {
            throw new ExceptionConverter(e);
        }
    }
}
