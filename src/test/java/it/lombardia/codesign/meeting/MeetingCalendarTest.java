package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.shared.NotPermittedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Calendar files and personal feeds, read the way a calendar app reads them: line by line. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MeetingCalendarTest {

    private static final String BASE = "https://codesign.example.org/";

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A meeting on 15 July (summer time) at 14:30 in Rome, which is 12:30 UTC. */
    long summerMeeting(String title, Set<String> invitees) {
        SignIn.as(users, "afil.rep");
        long group = groups.create(new WorkingGroupDraft("Calendar " + UUID.randomUUID(), null, null, Set.of("AFIL"),
                Set.of()));
        int year = LocalDateTime.now().getYear() + 1;
        Instant start = LocalDateTime.of(year, 7, 15, 14, 30).atZone(Lombardy.ZONE).toInstant();
        return meetings.schedule(new MeetingDraft(group, null, title, "Line one\nLine two", start, 90,
                "https://meet.example.org/room?id=1,2", "Palazzo Lombardia; room 12", "afil.rep",
                List.of(new AgendaItemDraft(null, "Welcome", null, 10, List.of()),
                        new AgendaItemDraft(null, "Ranking, and next steps", null, 30, List.of())),
                invitees, Set.of()));
    }

    static List<String> lines(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        return Arrays.asList(ics.split("\r\n"));
    }

    /** Undoes line folding, as a calendar app does. */
    static List<String> unfolded(String ics) {
        return lines(ics.replace("\r\n ", ""));
    }

    @Test
    void aMeetingFileHasTheEventInRomeTimeWithEscapedTextAndFoldedLines() {
        String title = "Kick-off, ranking; and more " + UUID.randomUUID();
        long id = summerMeeting(title, Set.of("le2c.rep"));
        MeetingDetails meeting = meetings.meeting(id).orElseThrow();
        int year = LocalDateTime.now().getYear() + 1;

        String ics = calendar.meetingFile(id, BASE, Locale.ENGLISH);

        assertThat(lines(ics)).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        List<String> lines = unfolded(ics);
        assertThat(lines.getFirst()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.getLast()).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:Europe/Rome", "TZOFFSETTO:+0200",
                "TZOFFSETTO:+0100", "END:VTIMEZONE", "BEGIN:VEVENT", "END:VEVENT",
                "UID:meeting-" + id + "@codesign",
                "DTSTART;TZID=Europe/Rome:" + year + "0715T143000",
                "DTEND;TZID=Europe/Rome:" + year + "0715T160000",
                "SEQUENCE:" + meeting.version(),
                "SUMMARY:" + title.replace(",", "\\,").replace(";", "\\;"),
                "LOCATION:Palazzo Lombardia\\; room 12",
                "URL:" + BASE + "meetings/" + id,
                "STATUS:CONFIRMED");
        assertThat(lines).anyMatch(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
        String description = lines.stream().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
        assertThat(description).contains("Line one\\nLine two", "Agenda:", "1. Welcome (10 min)",
                "2. Ranking\\, and next steps (30 min)", "Online: https://meet.example.org/room?id=1\\,2");
    }

    @Test
    void aCancelledMeetingSaysSoSoCalendarsDropIt() {
        long id = summerMeeting("To cancel " + UUID.randomUUID(), Set.of());
        MeetingDetails meeting = meetings.meeting(id).orElseThrow();
        meetings.cancel(id, meeting.version(), "Moved, sorry");

        List<String> lines = unfolded(calendar.meetingFile(id, BASE, Locale.ITALIAN));

        assertThat(lines).contains("STATUS:CANCELLED", "SEQUENCE:" + (meeting.version() + 1));
        assertThat(lines).anyMatch(l -> l.startsWith("DESCRIPTION:ANNULLATA: Moved\\, sorry"));
    }

    @Test
    void escapingAndFoldingFollowTheStandard() {
        assertThat(ICalendarText.escape("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        String longLine = "DESCRIPTION:" + "è".repeat(80);
        String folded = ICalendarText.fold(longLine);
        assertThat(folded.split("\r\n")).allSatisfy(l ->
                assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(Arrays.asList(folded.split("\r\n")).subList(1, folded.split("\r\n").length))
                .allSatisfy(l -> assertThat(l).startsWith(" "));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(longLine);
        assertThat(ICalendarText.fold("SHORT:x")).isEqualTo("SHORT:x");
    }

    @Test
    void theFeedTokenStaysTheSameUntilResetAndOnlyTheCurrentOneWorks() {
        long id = summerMeeting("Feed " + UUID.randomUUID(), Set.of("wg.member"));
        SignIn.as(users, "wg.member");
        String token = calendar.myFeedToken();
        assertThat(calendar.myFeedToken()).isEqualTo(token);
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        SignIn.out();

        String feed = calendar.feed(token, BASE).orElseThrow();
        assertThat(unfolded(feed)).contains("UID:meeting-" + id + "@codesign", "X-WR-CALNAME:Co-Design Workspace meetings");

        SignIn.as(users, "le2c.rep");
        String other = calendar.myFeedToken();
        assertThat(other).isNotEqualTo(token);
        assertThat(unfolded(calendar.feed(other, BASE).orElseThrow()))
                .as("not invited, not a member").doesNotContain("UID:meeting-" + id + "@codesign");

        SignIn.as(users, "wg.member");
        String reset = calendar.resetMyFeedToken();
        assertThat(reset).isNotEqualTo(token);
        assertThat(calendar.myFeedToken()).isEqualTo(reset);
        SignIn.out();
        assertThat(calendar.feed(token, BASE)).as("the old address").isEmpty();
        assertThat(calendar.feed(reset, BASE)).isPresent();
        assertThat(calendar.feed("no-such-token", BASE)).isEmpty();
        assertThat(calendar.feed("", BASE)).isEmpty();
    }

    @Test
    void aMeetingFileAndATokenNeedASignedInUser() {
        assertThatThrownBy(() -> calendar.meetingFile(1, BASE, Locale.ENGLISH))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> calendar.myFeedToken())
                .isInstanceOfAny(org.springframework.security.core.AuthenticationException.class,
                        NotPermittedException.class);
    }
}
