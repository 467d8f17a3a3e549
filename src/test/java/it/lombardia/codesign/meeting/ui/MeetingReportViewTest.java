package it.lombardia.codesign.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.meeting.MeetingLinks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report of the demo kick-off meeting and of the demo meeting still to come, as an observer reads them. */
class MeetingReportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long meeting(String title) {
        return jdbc.queryForObject("select id from meeting where title = ?", Long.class, title);
    }

    @Test
    void anEndedMeetingsReportShowsAttendanceAgendaMinutesDecisionsActionsAndTheDownload() {
        signIn("observer");
        long id = meeting("Kick-off of the manufacturing and logistics group");
        UI.getCurrent().navigate(MeetingLinks.report(id));
        MeetingReportView view = _get(MeetingReportView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Kick-off of the manufacturing and logistics group",
                "Attendance (3 of 5 took part)", "Chair: Laura Bianchi");
        assertThat(_find(view, NativeTableRow.class, s -> s.withClasses("attendance-row"))).hasSize(5);
        assertThat(_find(view, Div.class, s -> s.withClasses("report-item"))).hasSize(3);
        assertThat(_find(view, Span.class, s -> s.withClasses("report-item-duration"))).extracting(Span::getText)
                .containsExactly("15 min planned · 12 min taken", "30 min planned · 41 min taken",
                        "15 min planned · 12 min taken");
        assertThat(_find(view, Div.class, s -> s.withClasses("report-minutes"))).hasSize(3)
                .anySatisfy(m -> assertThat(m.getText()).contains("AFIL presented the digital twins proposal"));
        assertThat(_find(view, ListItem.class, s -> s.withClasses("report-decision"))).hasSize(2);
        assertThat(view.getElement().getTextRecursively()).contains("Circulate the minutes to the group",
                "Industrial digital twins for reconfigurable production lines");
        assertThat(_find(view, Paragraph.class, s -> s.withClasses("report-notice"))).isEmpty();
        // an observer reads the record; only note-takers and the chair are offered to correct it
        assertThat(_find(view, Anchor.class, s -> s.withClasses("report-correct"))).isEmpty();

        Anchor download = _get(view, Anchor.class, s -> s.withId("download-report"));
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().getTextRecursively()).contains("Download PDF");
    }

    @Test
    void theNoteTakerIsOfferedToCorrectEachItemsRecordInTheRoom() {
        signIn("wg.member");
        long id = meeting("Kick-off of the manufacturing and logistics group");
        UI.getCurrent().navigate(MeetingLinks.report(id));
        MeetingReportView view = _get(MeetingReportView.class);

        List<Anchor> correct = _find(view, Anchor.class, s -> s.withClasses("report-correct"));
        assertThat(correct).hasSize(3);
        assertThat(correct.getFirst().getText()).isEqualTo("Correct the minutes, decisions and actions of \"Introductions and ways of working\"");
        assertThat(correct.getFirst().getHref()).startsWith("meetings/" + id + "/room?tab=records&item=");
    }

    @Test
    void aScheduledMeetingsReportSaysItComesAfterTheMeetingAndShowsTheAgenda() {
        signIn("le2c.rep");
        useItalian();
        long id = meeting("Ranking the manufacturing and logistics proposals");
        UI.getCurrent().navigate(MeetingLinks.report(id));
        MeetingReportView view = _get(MeetingReportView.class);
        assertThat(_get(view, Paragraph.class, s -> s.withClasses("report-notice")).getText())
                .contains("il resoconto sarà disponibile dopo la riunione");
        assertThat(_find(view, Div.class, s -> s.withClasses("report-item"))).hasSize(4);
        // before the meeting only the planned time
        assertThat(_find(view, Span.class, s -> s.withClasses("report-item-duration"))).extracting(Span::getText)
                .isNotEmpty().allSatisfy(text -> assertThat(text).endsWith("min previsti"));
        assertThat(_find(view, Div.class, s -> s.withClasses("report-minutes"))).isEmpty();
    }
}
