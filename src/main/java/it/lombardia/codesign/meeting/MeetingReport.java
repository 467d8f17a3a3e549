package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of a meeting, on the page and as PDF: attendance, agenda, minutes, decisions, actions,
 * and the sections other parts add per item ({@link ItemReportSections}). Everyone signed in reads it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MeetingReport {

    private final MeetingRepository meetings;
    private final MeetingViews views;
    private final MeetingRecords records;
    private final CurrentActor currentActor;
    private final ObjectProvider<ItemReportSections> extraSections;
    private final MeetingReportPdf pdf;

    MeetingReport(MeetingRepository meetings, MeetingViews views, MeetingRecords records, CurrentActor currentActor,
                  ObjectProvider<ItemReportSections> extraSections, MeetingReportPdf pdf) {
        this.meetings = meetings;
        this.views = views;
        this.records = records;
        this.currentActor = currentActor;
        this.extraSections = extraSections;
        this.pdf = pdf;
    }

    /** The report as it stands; {@code locale} is the language of the sections others add. */
    public ReportData report(long meetingId, Locale locale) {
        Actor actor = currentActor.require();
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new TranslatableException("meeting.error.no-such-meeting"));
        MeetingDetails details = views.details(meeting, actor);
        boolean recorded = details.status() == MeetingStatus.LIVE || details.status() == MeetingStatus.ENDED;
        List<ReportData.Item> items = new ArrayList<>();
        for (AgendaItemView item : details.agenda()) {
            ItemRecords itemRecords = records.item(item.id());
            items.add(new ReportData.Item(item.id(), item.position(), item.title(), item.description(),
                    item.durationMinutes(), item.spentSeconds(), itemRecords.proposals(), itemRecords.minutes(),
                    itemRecords.decisions(), itemRecords.actions(),
                    recorded ? sections(meetingId, item.id(), locale) : List.of()));
        }
        return new ReportData(meetingId, details.title(), details.description(), details.groupId(),
                details.groupName(), details.chair(), details.status(), details.startsAt(), details.endsAt(),
                details.durationMinutes(), details.timeZone(), details.onlineLink(), details.place(),
                details.startedAt(), details.endedAt(), details.cancelReason(), details.invitees(), items,
                details.access().takeNotes());
    }

    /** The report as a PDF document in the reader's language. */
    public byte[] pdf(long meetingId, Locale locale) {
        return pdf.render(report(meetingId, locale), locale);
    }

    public static String pdfFileName(long meetingId) {
        return "meeting-" + meetingId + "-report.pdf";
    }

    /** The further sections of an item (poll results and the like), from every {@link ItemReportSections} bean. */
    private List<ReportSection> sections(long meetingId, long itemId, Locale locale) {
        List<ReportSection> all = new ArrayList<>();
        extraSections.orderedStream().forEach(source -> all.addAll(source.sections(meetingId, itemId, locale)));
        return all;
    }
}
