package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.meeting.ActionView;
import it.lombardia.codesign.meeting.DecisionView;
import it.lombardia.codesign.meeting.InviteeView;
import it.lombardia.codesign.meeting.MeetingChanges;
import it.lombardia.codesign.meeting.MeetingLinks;
import it.lombardia.codesign.meeting.MeetingReport;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.ProposalRef;
import it.lombardia.codesign.meeting.ReportData;
import it.lombardia.codesign.meeting.ReportSection;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * A meeting's report: attendance, agenda with minutes, decisions and action items, and the sections
 * other parts add (poll results), as on the PDF one can download. A scheduled meeting shows its
 * agenda only; a live one the record so far, updated live.
 */
@Route("meetings/:meetingId/report")
@PermitAll
class MeetingReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingReport reports;
    private final LiveUpdates live;
    private final Div content = new Div();
    private long meetingId;
    private String pageTitle = "";
    private boolean bound;

    MeetingReportView(MeetingReport reports, LiveUpdates live) {
        this.reports = reports;
        this.live = live;
        addClassName("meeting-report");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        java.util.Optional<Long> id = Params.id(event.getRouteParameters().get("meetingId").orElse(""));
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meetingId = id.get();
        try {
            show(reports.report(meetingId, getLocale()));
        } catch (TranslatableException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!bound) {
            bound = true;
            live.bind(this, MeetingChanges.about(meetingId), messages -> show(reports.report(meetingId, getLocale())));
        }
    }

    private void show(ReportData report) {
        content.removeAll();
        pageTitle = getTranslation("report.page-title", report.title());
        Button back = new Button(getTranslation("report.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(MeetingLinks.meeting(meetingId))));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(new ViewToolbar(pageTitle, back, download()));
        content.add(header(report));
        content.add(attendance(report));
        content.add(new H2(getTranslation("report.agenda")));
        report.items().forEach(item -> content.add(item(report, item)));
    }

    private Anchor download() {
        Locale locale = getLocale();
        long id = meetingId;
        // made when asked for, so the file holds the records as they are then
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = reports.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), MeetingReport.pdfFileName(id),
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("report.download")));
        link.setId("download-report");
        link.addClassName("report-download");
        return link;
    }

    private Component header(ReportData report) {
        Div header = new Div();
        header.addClassName("report-header");
        header.add(line(getTranslation("report.when", Formats.dateTime(report.startsAt(), getLocale()),
                report.durationMinutes())));
        header.add(line(getTranslation("report.group", report.groupName())));
        header.add(line(getTranslation("report.chair", report.chair().displayName())));
        Paragraph status = line(getTranslation("report.status", ""));
        status.add(new Badge(getTranslation(report.status().labelKey()),
                report.status() == MeetingStatus.CANCELLED ? "error" : "contrast"));
        header.add(status);
        if (report.startedAt() != null) {
            header.add(line(getTranslation("report.started", Formats.dateTime(report.startedAt(), getLocale()))));
        }
        if (report.endedAt() != null) {
            header.add(line(getTranslation("report.ended", Formats.dateTime(report.endedAt(), getLocale()))));
        }
        if (report.status() == MeetingStatus.CANCELLED && report.cancelReason() != null) {
            header.add(line(getTranslation("report.cancelled", report.cancelReason())));
        }
        if (report.status() == MeetingStatus.SCHEDULED || report.status() == MeetingStatus.LIVE) {
            Paragraph notice = line(getTranslation(report.status() == MeetingStatus.SCHEDULED ? "report.not-yet"
                    : "report.so-far"));
            notice.addClassName("report-notice");
            notice.getElement().setAttribute("role", "status");
            header.add(notice);
        }
        return header;
    }

    private Component attendance(ReportData report) {
        Div section = new Div();
        section.addClassName("report-attendance");
        section.add(new H2(getTranslation("report.attendance", report.attendedCount(), report.attendance().size())));
        NativeTable table = table(getTranslation("report.person"), getTranslation("report.registration"),
                getTranslation("report.attended"), getTranslation("report.first-joined"));
        for (InviteeView person : report.attendance()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("attendance-row");
            row.add(new NativeTableCell(person.displayName()
                            + (person.noteTaker() ? " · " + getTranslation("report.note-taker") : "")),
                    new NativeTableCell(getTranslation(person.registration().labelKey())),
                    new NativeTableCell(getTranslation(person.attended() ? "report.yes" : "report.no")),
                    new NativeTableCell(Formats.dateTime(person.firstJoinedAt(), getLocale())));
        }
        section.add(table);
        return section;
    }

    private Component item(ReportData report, ReportData.Item item) {
        Div section = new Div();
        section.addClassName("report-item");
        section.getElement().setAttribute("data-item", String.valueOf(item.id()));
        H3 title = new H3(item.position() + ". " + item.title());
        section.add(title);
        String timing = item.timing(this::getTranslation);
        if (!timing.isEmpty()) {
            Span duration = new Span(timing);
            duration.addClassName("report-item-duration");
            section.add(duration);
        }
        if (item.description() != null) {
            section.add(new Paragraph(item.description()));
        }
        if (!item.proposals().isEmpty()) {
            UnorderedList proposals = new UnorderedList();
            proposals.addClassName("report-proposals");
            for (ProposalRef proposal : item.proposals()) {
                proposals.add(new ListItem(new Anchor(proposal.link(),
                        getTranslation("report.proposal", proposal.id(), proposal.title()))));
            }
            section.add(proposals);
        }
        if (!report.hasRecords()) {
            return section;
        }
        section.add(new H4(getTranslation("records.minutes")));
        Div minutes = new Div(item.minutes().isEmpty() ? getTranslation("report.no-minutes") : item.minutes().body());
        minutes.addClassName("report-minutes");
        minutes.getStyle().set("white-space", "pre-wrap");
        section.add(minutes);
        if (report.readerTakesNotes()) {
            // the record is kept in the room, also after the meeting: the note-taker corrects it there
            Anchor correct = new Anchor(MeetingLinks.roomRecords(meetingId, item.id()),
                    getTranslation("report.correct", item.title()));
            correct.addClassName("report-correct");
            section.add(correct);
        }
        if (!item.decisions().isEmpty()) {
            section.add(new H4(getTranslation("records.decisions")));
            UnorderedList decisions = new UnorderedList();
            decisions.addClassName("report-decisions");
            item.decisions().forEach(d -> decisions.add(decision(d)));
            section.add(decisions);
        }
        if (!item.actions().isEmpty()) {
            section.add(new H4(getTranslation("records.actions")));
            NativeTable table = table(getTranslation("records.action.text"), getTranslation("records.action.owner"),
                    getTranslation("records.action.due"), getTranslation("records.action.done"));
            table.addClassName("report-actions");
            for (ActionView action : item.actions()) {
                table.getBody().addRow().add(new NativeTableCell(action.text()),
                        new NativeTableCell(action.owner().displayName()),
                        new NativeTableCell(Formats.date(action.dueDate(), getLocale())),
                        new NativeTableCell(getTranslation(action.done() ? "report.yes" : "report.no")));
            }
            section.add(table);
        }
        // the sections other parts add (poll results), in their order
        item.sections().forEach(extra -> section.add(extraSection(extra)));
        return section;
    }

    private ListItem decision(DecisionView d) {
        ListItem li = new ListItem();
        li.addClassName("report-decision");
        Span text = new Span(d.text());
        if (d.withdrawn()) {
            li.addClassName("report-decision-withdrawn");
            text.getStyle().set("text-decoration", "line-through");
        }
        li.add(text);
        if (d.proposal() != null) {
            li.add(new Span(" · "), new Anchor(d.proposal().link(),
                    getTranslation("report.proposal", d.proposal().id(), d.proposal().title())));
        }
        if (d.withdrawn()) {
            Div meta = new Div(getTranslation("report.withdrawn", d.withdrawnBy().displayName(),
                    Formats.dateTime(d.withdrawnAt(), getLocale()))
                    + (d.withdrawReason() == null ? "" : " · " + d.withdrawReason()));
            meta.addClassName("report-withdrawn-meta");
            li.add(meta);
        }
        return li;
    }

    private Component extraSection(ReportSection extra) {
        Div section = new Div();
        section.addClassName("report-extra-section");
        section.add(new H4(extra.heading()));
        if (!extra.columns().isEmpty() || !extra.rows().isEmpty()) {
            NativeTable table = table(extra.columns().toArray(String[]::new));
            for (List<String> cells : extra.rows()) {
                NativeTableRow row = table.getBody().addRow();
                cells.forEach(c -> row.add(new NativeTableCell(c)));
            }
            section.add(table);
        }
        if (extra.note() != null) {
            section.add(new Paragraph(extra.note()));
        }
        return section;
    }

    private static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        if (headers.length > 0) {
            NativeTableRow head = table.getHead().addRow();
            for (String header : headers) {
                NativeTableHeaderCell th = new NativeTableHeaderCell(header);
                th.getElement().setAttribute("scope", "col");
                head.add(th);
            }
        }
        table.addBody();
        return table;
    }

    private static Paragraph line(String text) {
        return new Paragraph(text);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
