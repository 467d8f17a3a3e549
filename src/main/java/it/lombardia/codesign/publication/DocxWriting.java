package it.lombardia.codesign.publication;

import it.lombardia.codesign.publication.DocumentModel.Block;
import it.lombardia.codesign.publication.DocumentModel.Chapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link DocumentModel} as a Word document. Chapters and sections carry the Heading styles
 * (with outline levels), so Word or LibreOffice fill the table-of-contents field when the reader updates
 * it; a plain list of the chapters follows the field for readers that do not.
 */
@Component
class DocxWriting {

    byte[] write(DocumentModel model, Progress progress) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(model.title());
            doc.getProperties().getCoreProperties().setCreator("Regione Lombardia");
            styles(doc);
            cover(doc, model);
            if (model.indexHeading() != null) {
                index(doc, model);
            }
            List<Chapter> chapters = model.chapters();
            for (int i = 0; i < chapters.size(); i++) {
                XWPFParagraph heading = styled(doc, "Heading1", chapters.get(i).title());
                heading.setPageBreak(true);
                for (Block block : chapters.get(i).blocks()) {
                    block(doc, block);
                }
                progress.report(90 * (i + 1) / chapters.size(), "publication.step.layout");
            }
            footer(doc, model);
            progress.report(95, "publication.step.writing");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(XWPFDocument doc, DocumentModel model) {
        boolean first = true;
        for (String line : model.cover()) {
            XWPFParagraph p = first ? doc.createParagraph() : styled(doc, "Title", null);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingBefore(first ? 3600 : 240);
            XWPFRun run = p.createRun();
            run.setText(line);
            if (first) {
                run.setFontSize(14);
            }
            first = false;
        }
        if (model.coverNote() != null) {
            XWPFParagraph note = doc.createParagraph();
            note.setAlignment(ParagraphAlignment.CENTER);
            note.setSpacingBefore(600);
            XWPFRun run = note.createRun();
            run.setText(model.coverNote());
            run.setFontSize(14);
        }
    }

    private static void index(XWPFDocument doc, DocumentModel model) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setPageBreak(true);
        XWPFRun title = heading.createRun();
        title.setText(model.indexHeading());
        title.setBold(true);
        title.setFontSize(18);
        XWPFParagraph toc = doc.createParagraph();
        toc.getCTP().addNewFldSimple().setInstr("TOC \\o \"1-1\" \\h \\z \\u");
        for (Chapter chapter : model.chapters()) {
            doc.createParagraph().createRun().setText(chapter.title());
        }
        doc.enforceUpdateFields();
    }

    private static void footer(XWPFDocument doc, DocumentModel model) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void block(XWPFDocument doc, Block block) {
        switch (block) {
            case DocumentModel.Heading h -> styled(doc, "Heading2", h.text());
            case DocumentModel.Subheading s -> styled(doc, "Heading3", s.text());
            case DocumentModel.Text t -> doc.createParagraph().createRun().setText(t.text());
            case DocumentModel.Note n -> {
                XWPFRun run = doc.createParagraph().createRun();
                run.setText(n.text());
                run.setFontSize(9);
                run.setColor("555F6D");
            }
            case DocumentModel.Field f -> {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingAfter(40);
                XWPFRun label = p.createRun();
                label.setBold(true);
                label.setText(f.label() + ": ");
                p.createRun().setText(f.value());
            }
            case DocumentModel.Bullets b -> b.items().forEach(item -> doc.createParagraph().createRun().setText("• " + item));
            case DocumentModel.Table t -> table(doc, t);
        }
    }

    private static void table(XWPFDocument doc, DocumentModel.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < t.headers().size(); i++) {
            XWPFParagraph p = header.getCell(i).getParagraphs().getFirst();
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setText(t.headers().get(i));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int i = 0; i < t.headers().size(); i++) {
                String text = i < row.size() && row.get(i) != null ? row.get(i) : "";
                table.getRow(r + 1).getCell(i).getParagraphs().getFirst().createRun().setText(text);
            }
        }
        doc.createParagraph();
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (text != null) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** A new document has no heading styles; these give each its outline level, which the TOC reads. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        addStyle(styles, "Title", "Title", -1, 28, "004A8F");
        addStyle(styles, "Heading1", "heading 1", 0, 18, "004A8F");
        addStyle(styles, "Heading2", "heading 2", 1, 14, "000000");
        addStyle(styles, "Heading3", "heading 3", 2, 12, "000000");
    }

    private static void addStyle(XWPFStyles styles, String id, String name, int outlineLevel, int size, String colour) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        ct.setName(styleName);
        CTString basedOn = CTString.Factory.newInstance();
        basedOn.setVal("Normal");
        ct.setBasedOn(basedOn);
        CTOnOff on = CTOnOff.Factory.newInstance();
        ct.setQFormat(on);
        CTPPrGeneral ppr = CTPPrGeneral.Factory.newInstance();
        if (outlineLevel >= 0) {
            CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
            level.setVal(BigInteger.valueOf(outlineLevel));
            ppr.setOutlineLvl(level);
        }
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 120 : 240 - outlineLevel * 60));
        ppr.addNewKeepNext();
        ct.setPPr(ppr);
        var rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(size * 2L));
        rpr.addNewColor().setVal(colour);
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }
}
