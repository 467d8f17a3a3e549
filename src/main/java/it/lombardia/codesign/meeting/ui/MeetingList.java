package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.MeetingSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Meetings in two parts: those to come (soonest first, a running one on top) and past ones (latest first). */
class MeetingList extends Div {

    private final boolean showGroup;
    private final Div upcoming = new Div();
    private final Div past = new Div();

    MeetingList(boolean showGroup) {
        this.showGroup = showGroup;
        addClassName("meeting-list");
        upcoming.setId("upcoming-meetings");
        past.setId("past-meetings");
        add(new H2(getTranslation("meeting.list.upcoming")), upcoming, new H2(getTranslation("meeting.list.past")), past);
    }

    void show(List<MeetingSummary> meetings, Instant now) {
        upcoming.removeAll();
        past.removeAll();
        List<MeetingSummary> coming = meetings.stream().filter(m -> isUpcoming(m, now))
                .sorted(Comparator.comparing((MeetingSummary m) -> m.status() != MeetingStatus.LIVE)
                        .thenComparing(MeetingSummary::startsAt))
                .toList();
        List<MeetingSummary> gone = meetings.stream().filter(m -> !isUpcoming(m, now))
                .sorted(Comparator.comparing(MeetingSummary::startsAt).reversed())
                .toList();
        coming.forEach(m -> upcoming.add(row(m)));
        gone.forEach(m -> past.add(row(m)));
        if (coming.isEmpty()) {
            upcoming.add(new Paragraph(getTranslation("meeting.list.no-upcoming")));
        }
        if (gone.isEmpty()) {
            past.add(new Paragraph(getTranslation("meeting.list.no-past")));
        }
    }

    static boolean isUpcoming(MeetingSummary m, Instant now) {
        return m.status() == MeetingStatus.LIVE || (m.status() != MeetingStatus.ENDED && m.endsAt().isAfter(now));
    }

    private Div row(MeetingSummary m) {
        Div row = new Div();
        row.setId("meeting-row-" + m.id());
        row.addClassNames("card", "meeting-row");
        RouterLink title = new RouterLink(m.title(), MeetingView.class, new RouteParameters("meetingId",
                String.valueOf(m.id())));
        title.addClassName("meeting-row-title");
        Div heading = new Div(title, MeetingTexts.status(this, m.status()));
        heading.addClassName("badges");
        if (m.myRegistration() != null) {
            heading.add(MeetingTexts.registration(this, m.myRegistration()));
        }
        row.add(heading);
        Span when = new Span(MeetingTexts.when(m.startsAt(), m.endsAt(), getLocale()));
        when.addClassName("meeting-when");
        StringBuilder rest = new StringBuilder();
        if (showGroup) {
            rest.append(" \u00b7 ").append(m.groupName());
        }
        rest.append(" \u00b7 ").append(getTranslation("meeting.list.chair", m.chairName()));
        rest.append(" \u00b7 ").append(getTranslation("meeting.list.attending", m.accepted(), m.invitees()));
        Paragraph meta = new Paragraph(when, new Span(rest.toString()));
        meta.addClassName("meeting-row-meta");
        row.add(meta);
        return row;
    }
}
