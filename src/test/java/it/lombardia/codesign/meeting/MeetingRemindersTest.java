package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.notification.NotificationCenter;
import it.lombardia.codesign.notification.NotificationItem;
import it.lombardia.codesign.notification.NotificationKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reminders before a meeting: once per meeting, to the invitees who did not decline, never for a
 * cancelled or past meeting. Meetings are scheduled days ahead and then moved into the reminder
 * window directly in the database, so that the scheduled run cannot get there first.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MeetingRemindersTest {

    @Autowired
    MeetingReminders reminders;
    @Autowired
    ReminderRepository reminderRepository;
    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long meetingIn3Days(String title) {
        SignIn.as(users, "afil.rep");
        long group = groups.create(new WorkingGroupDraft("Reminders " + UUID.randomUUID(), null, null, Set.of("AFIL"),
                Set.of()));
        long id = meetings.schedule(new MeetingDraft(group, null, title, null, Instant.now().plus(Duration.ofDays(3)),
                60, "https://meet.example.org/r", null, "afil.rep", List.of(),
                Set.of("le2c.rep", "wg.member", "mobility.rep"), Set.of()));
        SignIn.out();
        return id;
    }

    void startsIn(long id, Duration fromNow) {
        jdbc.update("update meeting set starts_at = ? where id = ?", Timestamp.from(Instant.now().plus(fromNow)), id);
    }

    List<NotificationItem> reminders(String username, String title) {
        SignIn.as(users, username);
        try {
            return notifications.page(false, PageRequest.of(0, 500), Locale.ENGLISH).stream()
                    .filter(n -> n.kind() == NotificationKind.MEETING_REMINDER && n.text().contains(title)).toList();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void theInviteesWhoDidNotDeclineAreRemindedOnce() {
        String title = "Soon " + UUID.randomUUID();
        long id = meetingIn3Days(title);
        SignIn.as(users, "mobility.rep");
        meetings.register(id, Registration.DECLINED);
        SignIn.out();
        startsIn(id, Duration.ofHours(2));

        reminders.tick();
        reminders.tick();

        assertThat(reminders("le2c.rep", title)).singleElement().satisfies(n -> {
            assertThat(n.text()).startsWith("Reminder: the meeting “" + title + "” starts on ")
                    .contains("(Europe/Rome)").endsWith(", at https://meet.example.org/r.");
            assertThat(n.link()).isEqualTo("meetings/" + id);
        });
        assertThat(reminders("wg.member", title)).hasSize(1);
        assertThat(reminders("afil.rep", title)).as("the chair is an invitee too").hasSize(1);
        assertThat(reminders("mobility.rep", title)).as("declined").isEmpty();
        assertThat(jdbc.queryForObject("select reminded_at from meeting where id = ?", Timestamp.class, id)).isNotNull();
    }

    @Test
    void aSecondServerFindsTheMeetingAlreadyRemindedAndSendsNothing() {
        String title = "Race " + UUID.randomUUID();
        long id = meetingIn3Days(title);
        long version = jdbc.queryForObject("select version from meeting where id = ?", Long.class, id);
        startsIn(id, Duration.ofHours(3));

        Integer first = transaction.execute(s -> reminderRepository.markReminded(id, version, Instant.now()));
        Integer second = transaction.execute(s -> reminderRepository.markReminded(id, version, Instant.now()));
        reminders.tick();

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(reminders("le2c.rep", title)).as("marked by the other server, which sent it").isEmpty();
    }

    @Test
    void cancelledFarAndPastMeetingsAreNotReminded() {
        String cancelled = "Cancelled " + UUID.randomUUID();
        long cancelledId = meetingIn3Days(cancelled);
        SignIn.as(users, "afil.rep");
        meetings.cancel(cancelledId, meetings.meeting(cancelledId).orElseThrow().version(), "Not needed");
        SignIn.out();
        startsIn(cancelledId, Duration.ofHours(2));
        String past = "Past " + UUID.randomUUID();
        long pastId = meetingIn3Days(past);
        startsIn(pastId, Duration.ofHours(-1));
        String far = "Far " + UUID.randomUUID();
        meetingIn3Days(far);

        reminders.tick();

        assertThat(reminders("le2c.rep", cancelled)).isEmpty();
        assertThat(reminders("le2c.rep", past)).isEmpty();
        assertThat(reminders("le2c.rep", far)).isEmpty();
    }

    @Test
    void movingTheStartMakesTheReminderDueAgain() {
        String title = "Moved " + UUID.randomUUID();
        long id = meetingIn3Days(title);
        startsIn(id, Duration.ofHours(2));
        reminders.tick();
        SignIn.as(users, "afil.rep");
        MeetingDetails meeting = meetings.meeting(id).orElseThrow();
        MeetingDraft moved = meeting.draft();
        meetings.update(id, meeting.version(), new MeetingDraft(moved.groupId(), moved.roundId(), moved.title(),
                moved.description(), meeting.startsAt().plus(Duration.ofHours(1)), moved.durationMinutes(),
                moved.onlineLink(), moved.place(), moved.chair(), moved.agenda(), moved.invitees(), moved.noteTakers()));
        SignIn.out();

        reminders.tick();

        assertThat(reminders("le2c.rep", title)).hasSize(2);
    }
}
