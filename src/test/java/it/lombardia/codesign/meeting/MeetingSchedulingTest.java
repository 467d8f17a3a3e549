package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Working groups and meeting scheduling as representatives, members and Region staff use them. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MeetingSchedulingTest {

    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long newGroup(String... members) {
        SignIn.as(users, "afil.rep");
        return groups.create(new WorkingGroupDraft("Group " + UUID.randomUUID(), null, null, Set.of("AFIL", "LE2C"),
                Set.of(members)));
    }

    MeetingDraft draft(long groupId, String title) {
        Long proposal = jdbc.queryForObject("select id from proposal where title = ?", Long.class,
                "Industrial digital twins for reconfigurable production lines");
        return new MeetingDraft(groupId, 1L, title, null, Instant.now().plus(Duration.ofDays(2)), 60,
                "https://meet.example.org/x", null, "afil.rep",
                List.of(new AgendaItemDraft(null, "Opening", null, 10, List.of()),
                        new AgendaItemDraft(null, "Digital twins", null, 20, List.of(proposal))),
                Set.of("le2c.rep", "wg.member"), Set.of("wg.member"));
    }

    @Test
    void aRepresentativeCreatesAGroupOfTheirClusterAndNotOfOthers() {
        long id = newGroup("le2c.rep", "wg.member");
        WorkingGroupDetails group = groups.group(id).orElseThrow();
        assertThat(group.crossCluster()).isTrue();
        assertThat(group.members()).extracting(PersonRef::username).containsExactlyInAnyOrder("le2c.rep", "wg.member");
        assertThat(group.manageable()).isTrue();

        assertThatThrownBy(() -> groups.create(new WorkingGroupDraft("Not mine", null, null, Set.of("LSC"), Set.of())))
                .isInstanceOf(NotPermittedException.class);
        SignIn.as(users, "wg.member");
        assertThat(groups.group(id).orElseThrow().manageable()).isFalse();
        assertThatThrownBy(() -> groups.update(id, group.version(), group.draft()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void schedulingInvitesTheChairAndNoteTakersAndKeepsTheAgendaInOrder() {
        long groupId = newGroup("le2c.rep", "wg.member");
        long id = meetings.schedule(draft(groupId, "Kick-off " + UUID.randomUUID()));
        MeetingDetails meeting = meetings.meeting(id).orElseThrow();
        assertThat(meeting.agenda()).extracting(AgendaItemView::title).containsExactly("Opening", "Digital twins");
        assertThat(meeting.invitees()).extracting(InviteeView::username)
                .containsExactlyInAnyOrder("afil.rep", "le2c.rep", "wg.member");
        assertThat(meeting.invitees()).filteredOn(InviteeView::noteTaker).extracting(InviteeView::username)
                .containsExactly("wg.member");
        assertThat(meeting.myRegistration()).isEqualTo(Registration.ACCEPTED);
        assertThat(meeting.access().manage()).isTrue();

        SignIn.as(users, "le2c.rep");
        meetings.register(id, Registration.DECLINED);
        assertThat(meetings.meeting(id).orElseThrow().myRegistration()).isEqualTo(Registration.DECLINED);
        assertThat(meetings.myMeetings()).extracting(MeetingSummary::id).contains(id);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long groupId = newGroup();
        int before = jdbc.queryForObject("select count(*) from meeting", Integer.class);
        MeetingDraft good = draft(groupId, "Bad " + UUID.randomUUID());
        MeetingDraft past = new MeetingDraft(groupId, 1L, good.title(), null, Instant.now().minusSeconds(60), 60,
                good.onlineLink(), null, "afil.rep", good.agenda(), good.invitees(), good.noteTakers());
        MeetingDraft nowhere = new MeetingDraft(groupId, 1L, good.title(), null, good.startsAt(), 60, " ", null,
                "afil.rep", good.agenda(), good.invitees(), good.noteTakers());
        MeetingDraft badLink = new MeetingDraft(groupId, 1L, good.title(), null, good.startsAt(), 60, "meet me", null,
                "afil.rep", good.agenda(), good.invitees(), good.noteTakers());
        MeetingDraft ghost = new MeetingDraft(groupId, 1L, good.title(), null, good.startsAt(), 60, good.onlineLink(),
                null, "afil.rep", List.of(new AgendaItemDraft(null, "X", null, null, List.of(999_999L))), Set.of(), Set.of());
        assertThatThrownBy(() -> meetings.schedule(past)).hasMessage("meeting.error.start-past");
        assertThatThrownBy(() -> meetings.schedule(nowhere)).hasMessage("meeting.error.where-required");
        assertThatThrownBy(() -> meetings.schedule(badLink)).hasMessage("meeting.error.link-invalid");
        assertThatThrownBy(() -> meetings.schedule(ghost)).isInstanceOf(TranslatableException.class)
                .hasMessage("meeting.error.no-such-proposal");
        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(before);
    }

    @Test
    void onlyManagersChangeAMeetingAndAStaleChangeIsRefused() {
        long groupId = newGroup("le2c.rep");
        long id = meetings.schedule(draft(groupId, "Review " + UUID.randomUUID()));
        MeetingDetails meeting = meetings.meeting(id).orElseThrow();
        MeetingDraft renamed = new MeetingDraft(groupId, 1L, "Renamed " + UUID.randomUUID(), null, meeting.startsAt(),
                90, meeting.onlineLink(), "Room 3", "afil.rep", List.of(meeting.agenda().get(1).draft()),
                Set.of("le2c.rep"), Set.of());
        meetings.update(id, meeting.version(), renamed);
        MeetingDetails after = meetings.meeting(id).orElseThrow();
        assertThat(after.title()).isEqualTo(renamed.title());
        assertThat(after.agenda()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(meeting.agenda().get(1).id());
            assertThat(i.position()).isEqualTo(1);
        });
        assertThatThrownBy(() -> meetings.update(id, meeting.version(), renamed)).hasMessage("error.stale");

        SignIn.as(users, "le2c.rep");
        assertThat(after.access().manage()).isTrue();
        SignIn.as(users, "lifesciences.rep");
        assertThatThrownBy(() -> meetings.cancel(id, after.version(), "no")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> meetings.register(id, Registration.ACCEPTED)).isInstanceOf(NotPermittedException.class);
        SignIn.as(users, "admin");
        meetings.cancel(id, after.version(), "Moved to next week");
        assertThat(meetings.meeting(id).orElseThrow().status()).isEqualTo(MeetingStatus.CANCELLED);
    }
}
