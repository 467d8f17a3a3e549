package it.lombardia.codesign.notification;

import static it.lombardia.codesign.notification.NotificationEvents.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.meeting.ActionAssigned;
import it.lombardia.codesign.meeting.MeetingCancelled;
import it.lombardia.codesign.meeting.MeetingReminderDue;
import it.lombardia.codesign.meeting.MeetingScheduled;
import it.lombardia.codesign.ui.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Who hears of meetings: invitations, cancellations, reminders and action items, in both languages. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MeetingNotificationsTest {

    private static final List<String> DEMO = List.of("admin", "reviewer", "afil.rep", "le2c.rep", "mobility.rep",
            "lifesciences.rep", "wg.member", "observer");
    private static final AtomicLong MEETING_IDS = new AtomicLong(700_000);
    /** 3 March, 9:30 in Rome (winter time): 8:30 UTC. */
    private static final Instant START = ZonedDateTime.of(2031, 3, 3, 9, 30, 0, 0, ZoneId.of("Europe/Rome")).toInstant();

    @Autowired
    NotificationCenter center;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    NotificationEvents events;

    @BeforeEach
    void setUp() {
        events = new NotificationEvents(publisher, transaction);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theNewlyInvitedHearOfTheMeetingButNotTheOrganiser() {
        long id = MEETING_IDS.incrementAndGet();
        String title = uniqueTitle("Kick-off");

        events.commit(new MeetingScheduled(id, title, START, "afil.rep", Set.of("afil.rep", "le2c.rep", "wg.member")));

        Map<String, List<NotificationItem>> got = received(title, Translations.ENGLISH);
        assertThat(got.keySet()).containsExactlyInAnyOrder("le2c.rep", "wg.member");
        NotificationItem item = got.get("le2c.rep").getFirst();
        assertThat(item.kind()).isEqualTo(NotificationKind.MEETING_INVITED);
        assertThat(item.text()).isEqualTo("Laura Bianchi invited you to the meeting “" + title + "” on Mar 3, 2031, 9:30\u202fAM (Europe/Rome).");
        assertThat(item.link()).isEqualTo("meetings/" + id);
        assertThat(received(title, Translations.ITALIAN).get("wg.member").getFirst().text())
                .startsWith("Laura Bianchi ti ha invitato alla riunione «" + title + "» del 3 mar 2031")
                .endsWith("(Europe/Rome).");
    }

    @Test
    void aCancellationReachesTheInviteesWithTheReasonButNotWhoCancelled() {
        long id = MEETING_IDS.incrementAndGet();
        String title = uniqueTitle("Cancelled");

        events.commit(new MeetingCancelled(id, title, START, "le2c.rep", "The chair is ill",
                Set.of("afil.rep", "le2c.rep", "reviewer")));

        Map<String, List<NotificationItem>> got = received(title, Translations.ENGLISH);
        assertThat(got.keySet()).containsExactlyInAnyOrder("afil.rep", "reviewer");
        NotificationItem item = got.get("reviewer").getFirst();
        assertThat(item.kind()).isEqualTo(NotificationKind.MEETING_CANCELLED);
        assertThat(item.text()).startsWith("The meeting “" + title + "” of Mar 3, 2031").endsWith(
                "was cancelled: The chair is ill");
        assertThat(item.link()).isEqualTo("meetings/" + id);
    }

    @Test
    void aReminderReachesEveryRecipientWithThePlace() {
        long id = MEETING_IDS.incrementAndGet();
        String title = uniqueTitle("Reminder");

        events.commit(new MeetingReminderDue(id, title, START, null, "Palazzo Lombardia", Set.of("afil.rep", "observer")));

        Map<String, List<NotificationItem>> got = received(title, Translations.ENGLISH);
        assertThat(got.keySet()).containsExactlyInAnyOrder("afil.rep", "observer");
        assertThat(got.get("observer").getFirst().kind()).isEqualTo(NotificationKind.MEETING_REMINDER);
        assertThat(got.get("observer").getFirst().text()).isEqualTo("Reminder: the meeting “" + title
                + "” starts on Mar 3, 2031, 9:30\u202fAM (Europe/Rome), at Palazzo Lombardia.");
    }

    @Test
    void anActionReachesItsOwnerUnlessTheyTookItThemselves() {
        long id = MEETING_IDS.incrementAndGet();
        String given = uniqueTitle("Actions");
        String taken = uniqueTitle("Own action");

        events.commit(new ActionAssigned(id, given, 1L, "Send the ranking to the Region", "wg.member",
                LocalDate.of(2031, 3, 10), "afil.rep"));
        events.commit(new ActionAssigned(id, taken, 2L, "Write the summary", "afil.rep", null, "afil.rep"));

        Map<String, List<NotificationItem>> got = received(given, Translations.ENGLISH);
        assertThat(got.keySet()).containsExactly("wg.member");
        NotificationItem item = got.get("wg.member").getFirst();
        assertThat(item.kind()).isEqualTo(NotificationKind.ACTION_ASSIGNED);
        assertThat(item.text()).isEqualTo("You were given an action in the meeting “" + given
                + "”, due by Mar 10, 2031: Send the ranking to the Region");
        assertThat(item.link()).isEqualTo("meetings/" + id);
        assertThat(received(taken, Translations.ENGLISH)).isEmpty();
    }

    @Test
    void aRolledBackSchedulingLeavesNoInvitation() {
        String title = uniqueTitle("Rolled back");
        events.rollBack(new MeetingScheduled(MEETING_IDS.incrementAndGet(), title, START, "afil.rep", Set.of("le2c.rep")));
        assertThat(received(title, Translations.ENGLISH)).isEmpty();
    }

    private Map<String, List<NotificationItem>> received(String title, Locale locale) {
        Map<String, List<NotificationItem>> received = new TreeMap<>();
        for (String username : DEMO) {
            SignIn.as(userDetailsService, username);
            try {
                List<NotificationItem> items = center.page(false, PageRequest.of(0, 500), locale).stream()
                        .filter(n -> n.text().contains(title)).toList();
                if (!items.isEmpty()) {
                    received.put(username, items);
                }
            } finally {
                SignIn.out();
            }
        }
        return received;
    }
}
