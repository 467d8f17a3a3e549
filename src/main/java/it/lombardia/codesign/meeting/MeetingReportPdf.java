package it.lombardia.codesign.meeting;

import it.lombardia.codesign.shared.PdfFonts;
import it.lombardia.codesign.shared.TaggedPdf;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Translations;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
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
 * Writes a meeting report as a tagged PDF ({@link TaggedPdf}) in the reader's language with the
 * sections of the report page: the title as H1, attendance and agenda as H2, each item as H3, its
 * minutes, decisions and actions as H4, decisions as a list, attendance and actions as tables. The
 * text is set in the Liberation Sans font that comes with OpenPDF, embedded, so accents and any
 * other letter print as typed whatever fonts the reader's machine has.
 */
@Component
class MeetingReportPdf {

    private static final Color GREY = new Color(0x55, 0x5f, 0x6d);

    private final Translations translations;
    private final BaseFont baseFont;

    MeetingReportPdf(Translations translations) {
        this.translations = translations;
        this.baseFont = PdfFonts.embeddedSans();
    }


    byte[] render(ReportData report, Locale locale) {
        Writer writer = new Writer(report, locale);
        return writer.write();
    }

    /** One rendering: the fonts and the reader's language. */
    private final class Writer {

        private final ReportData report;
        private final Locale locale;
        private final Font title = new Font(baseFont, 18, Font.BOLD);
        private final Font heading = new Font(baseFont, 14, Font.BOLD);
        private final Font subheading = new Font(baseFont, 11.5f, Font.BOLD);
        private final Font body = new Font(baseFont, 10);
        private final Font small = new Font(baseFont, 8.5f, Font.NORMAL, GREY);
        private final Font bold = new Font(baseFont, 10, Font.BOLD);
        private final Font struck = new Font(baseFont, 10, Font.STRIKETHRU, GREY);

        Writer(ReportData report, Locale locale) {
            this.report = report;
            this.locale = locale;
        }

        private String t(String key, Object... args) {
            return translations.getTranslation(key, locale, args);
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TaggedPdf document = new TaggedPdf(out, PageSize.A4, 50, 50, 50, 50, report.title(), locale,
                    t("report.pdf.creator"), null);
            header(document);
            attendance(document);
            agenda(document);
            document.close();
            return out.toByteArray();
        }

        private void header(TaggedPdf document) {
            document.heading(1, new Paragraph(report.title(), title));
            document.paragraph(line(t("report.pdf.subtitle"), small));
            document.paragraph(spaced(line(t("report.when", Formats.dateTime(report.startsAt(), locale),
                    report.durationMinutes()), body)));
            document.paragraph(line(t("report.group", report.groupName()), body));
            document.paragraph(line(t("report.chair", report.chair().displayName()), body));
            document.paragraph(line(t("report.status", t(report.status().labelKey())), body));
            if (report.startedAt() != null) {
                document.paragraph(line(t("report.started", Formats.dateTime(report.startedAt(), locale)), body));
            }
            if (report.endedAt() != null) {
                document.paragraph(line(t("report.ended", Formats.dateTime(report.endedAt(), locale)), body));
            }
            if (report.status() == MeetingStatus.CANCELLED && report.cancelReason() != null) {
                document.paragraph(line(t("report.cancelled", report.cancelReason()), body));
            }
            if (report.status() == MeetingStatus.SCHEDULED) {
                document.paragraph(spaced(line(t("report.not-yet"), bold)));
            } else if (report.status() == MeetingStatus.LIVE) {
                document.paragraph(spaced(line(t("report.so-far"), bold)));
            }
        }

        private void attendance(TaggedPdf document) {
            document.heading(2, section(t("report.attendance", report.attendedCount(), report.attendance().size())));
            PdfPTable table = table(new float[] {4, 3, 2, 3}, t("report.person"), t("report.registration"),
                    t("report.attended"), t("report.first-joined"));
            for (InviteeView person : report.attendance()) {
                table.addCell(cell(person.displayName() + (person.noteTaker() ? " · " + t("report.note-taker") : "")));
                table.addCell(cell(t(person.registration().labelKey())));
                table.addCell(cell(t(person.attended() ? "report.yes" : "report.no")));
                table.addCell(cell(Formats.dateTime(person.firstJoinedAt(), locale)));
            }
            document.table(table);
        }

        private void agenda(TaggedPdf document) {
            document.heading(2, section(t("report.agenda")));
            for (ReportData.Item item : report.items()) {
                String timing = item.timing(this::t);
                Paragraph itemTitle = new Paragraph(item.position() + ". " + item.title()
                        + (timing.isEmpty() ? "" : "  (" + timing + ")"), subheading);
                itemTitle.setSpacingBefore(10);
                document.heading(3, itemTitle);
                if (item.description() != null) {
                    document.paragraph(line(item.description(), small));
                }
                for (ProposalRef proposal : item.proposals()) {
                    document.paragraph(line(t("report.proposal", proposal.id(), proposal.title()), body));
                }
                if (!report.hasRecords()) {
                    continue;
                }
                label(document, t("records.minutes"));
                document.paragraph(line(item.minutes().isEmpty() ? t("report.no-minutes") : item.minutes().body(),
                        item.minutes().isEmpty() ? small : body));
                if (!item.decisions().isEmpty()) {
                    label(document, t("records.decisions"));
                    document.list(item.decisions().stream().map(this::decision).toList(), new Phrase("•", body), 10, 2);
                }
                if (!item.actions().isEmpty()) {
                    label(document, t("records.actions"));
                    PdfPTable table = table(new float[] {6, 3, 2, 1.5f}, t("records.action.text"),
                            t("records.action.owner"), t("records.action.due"), t("records.action.done"));
                    for (ActionView action : item.actions()) {
                        table.addCell(cell(action.text()));
                        table.addCell(cell(action.owner().displayName()));
                        table.addCell(cell(Formats.date(action.dueDate(), locale)));
                        table.addCell(cell(t(action.done() ? "report.yes" : "report.no")));
                    }
                    document.table(table);
                }
                for (ReportSection extra : item.sections()) {
                    extraSection(document, extra);
                }
            }
        }

        /** A decision as a list item: its text, the proposal it concerns and, if withdrawn, by whom and why. */
        private Phrase decision(DecisionView decision) {
            Phrase p = new Phrase(body.getCalculatedLeading(1.5f));
            p.add(new Chunk(decision.text(), decision.withdrawn() ? struck : body));
            if (decision.proposal() != null) {
                p.add(new Chunk("  (" + t("report.proposal", decision.proposal().id(), decision.proposal().title())
                        + ")", small));
            }
            if (decision.withdrawn()) {
                p.add(new Chunk("\n" + t("report.withdrawn", decision.withdrawnBy().displayName(),
                        Formats.dateTime(decision.withdrawnAt(), locale))
                        + (decision.withdrawReason() == null ? "" : " · " + decision.withdrawReason()), small));
            }
            return p;
        }

        private void extraSection(TaggedPdf document, ReportSection extra) {
            label(document, extra.heading());
            if (!extra.columns().isEmpty() || !extra.rows().isEmpty()) {
                int columns = Math.max(extra.columns().size(),
                        extra.rows().stream().mapToInt(List::size).max().orElse(1));
                PdfPTable table = new PdfPTable(columns);
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                table.setHeaderRows(extra.columns().isEmpty() ? 0 : 1);
                extra.columns().forEach(c -> table.addCell(headerCell(c)));
                for (int i = extra.columns().size(); i > 0 && i < columns; i++) {
                    table.addCell(headerCell(""));
                }
                for (List<String> row : extra.rows()) {
                    for (int i = 0; i < columns; i++) {
                        table.addCell(cell(i < row.size() ? row.get(i) : ""));
                    }
                }
                document.table(table);
            }
            if (extra.note() != null) {
                document.paragraph(line(extra.note(), small));
            }
        }

        private Paragraph section(String text) {
            Paragraph p = new Paragraph(text, heading);
            p.setSpacingBefore(14);
            p.setSpacingAfter(4);
            return p;
        }

        private void label(TaggedPdf document, String text) {
            Paragraph p = new Paragraph(text, bold);
            p.setSpacingBefore(6);
            document.heading(4, p);
        }

        private Paragraph line(String text, Font font) {
            return new Paragraph(text == null ? "" : text, font);
        }

        private Paragraph spaced(Paragraph p) {
            p.setSpacingBefore(6);
            return p;
        }

        private PdfPTable table(float[] widths, String... headers) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            for (String header : headers) {
                table.addCell(headerCell(header));
            }
            return table;
        }

        private PdfPCell headerCell(String text) {
            PdfPCell cell = new PdfPCell(new Phrase(text, bold));
            cell.setBackgroundColor(new Color(0xee, 0xf0, 0xf3));
            cell.setPadding(4);
            return cell;
        }

        private PdfPCell cell(String text) {
            PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, body));
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            return cell;
        }
    }
}
