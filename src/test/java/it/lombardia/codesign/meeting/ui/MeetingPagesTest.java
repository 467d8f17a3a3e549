package it.lombardia.codesign.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.meeting.AgendaItemDraft;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.MeetingDraft;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.Registration;
import it.lombardia.codesign.meeting.WorkingGroupDetails;
import it.lombardia.codesign.meeting.WorkingGroupDraft;
import it.lombardia.codesign.meeting.WorkingGroupService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The working-group and meeting pages as a representative, a working-group member, an observer and
 * an administrator use them.
 */
class MeetingPagesTest extends KaribuTest {

    private static final String TWINS = "Industrial digital twins for reconfigurable production lines";

    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    JdbcTemplate jdbc;

    long proposalId() {
        return jdbc.queryForObject("select id from proposal where title = ?", Long.class, TWINS);
    }

    /** A group of AFIL with wg.member, and a meeting in two days to which wg.member is invited; made by afil.rep. */
    long[] groupWithMeeting(String title) {
        long[] ids = new long[2];
        asUser("afil.rep", () -> {
            ids[0] = groups.create(new WorkingGroupDraft("Group " + UUID.randomUUID(), "What we do", "ADVANCED_MANUFACTURING",
                    Set.of("AFIL", "LE2C"), Set.of("wg.member", "le2c.rep")));
            ids[1] = meetings.schedule(new MeetingDraft(ids[0], 1L, title, "Why we meet",
                    Instant.now().plus(Duration.ofDays(2)), 60, "https://meet.example.org/g", "Room 4", "afil.rep",
                    List.of(new AgendaItemDraft(null, "Twins", null, 20, List.of(proposalId()))),
                    Set.of("wg.member", "le2c.rep"), Set.of("wg.member")));
        });
        return ids;
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    static boolean visible(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty()
                && _find(Component.class, spec -> spec.withId(id)).getFirst().isVisible();
    }

    // ---------------------------------------------------------------- representative

    @Test
    void aRepresentativeCreatesAGroupAndSchedulesAMeetingWithAnAgendaLinkedToAProposal() {
        signIn("afil.rep");
        UI.getCurrent().navigate("working-groups");
        _click(byId(Button.class, "new-group"));

        WorkingGroupDialog dialog = _get(WorkingGroupDialog.class);
        assertThat(dialog.clusters.getValue()).as("their own cluster pre-selected").containsExactly("AFIL");
        String name = "Robots " + UUID.randomUUID();
        dialog.clusters.setValue(Set.of("AFIL", "LE2C"));
        dialog.members.setValue(Set.of("le2c.rep", "wg.member"));
        dialog.save();
        assertThat(dialog.name.isInvalid()).as("no name").isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the working group a name.");
        assertThat(dialog.isOpened()).isTrue();
        dialog.name.setValue(name);
        dialog.clusters.setValue(Set.of("LSC"));
        dialog.save();
        assertThat(dialog.clusters.getErrorMessage())
                .isEqualTo("You can only manage working groups that include one of your clusters.");
        assertThat(dialog.name.getValue()).as("nothing lost").isEqualTo(name);
        assertThat(dialog.members.getValue()).containsExactlyInAnyOrder("le2c.rep", "wg.member");
        dialog.clusters.setValue(Set.of("AFIL", "LE2C"));
        dialog.save();

        WorkingGroupView groupView = _get(WorkingGroupView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(name);
        assertThat(_find(groupView, Span.class, spec -> spec.withClasses("group-cross-cluster"))).hasSize(1);
        assertThat(_get(groupView, com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("group-members-list")).getChildren().count()).isEqualTo(2);

        _click(byId(Button.class, "schedule-meeting"));
        MeetingEditor editor = _get(MeetingEditor.class);
        assertThat(editor.invitees.getValue()).as("the group's members by default")
                .containsExactlyInAnyOrder("le2c.rep", "wg.member");
        assertThat(editor.chair.getValue()).isEqualTo("afil.rep");
        assertThat(editor.round.getValue()).isEqualTo("EDP 2026-2027");
        String title = "First meeting " + UUID.randomUUID();
        editor.title.setValue(title);
        editor.onlineLink.setValue("meet me in the usual room");
        AgendaItemRow item = editor.addRow(null);
        item.title.setValue("Digital twins");
        item.minutes.setValue(25);
        item.proposals.setValue(Set.of(proposalId()));
        editor.noteTakers.setValue(Set.of("wg.member"));
        editor.save();

        assertThat(editor.isOpened()).as("refused, still open").isTrue();
        assertThat(editor.onlineLink.isInvalid()).isTrue();
        assertThat(editor.onlineLink.getErrorMessage())
                .isEqualTo("The online link must be a web address starting with https:// or http://.");
        assertThat(editor.title.getValue()).isEqualTo(title);
        assertThat(editor.rows()).singleElement().satisfies(r -> {
            assertThat(r.title.getValue()).isEqualTo("Digital twins");
            assertThat(r.proposals.getValue()).containsExactly(proposalId());
        });

        editor.onlineLink.setValue("https://meet.example.org/robots");
        editor.save();

        MeetingView view = _get(MeetingView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        Anchor proposal = _get(view, Anchor.class, spec -> spec.withClasses("agenda-proposal"));
        assertThat(proposal.getText()).isEqualTo(TWINS);
        assertThat(proposal.getHref()).isEqualTo("proposals/" + proposalId());
        assertThat(byId(Anchor.class, "meeting-online-link").getHref()).isEqualTo("https://meet.example.org/robots");
        assertThat(byId(Anchor.class, "meeting-online-link").getTarget()).hasValue("_blank");
        assertThat(byId(Span.class, "meeting-when").getText()).endsWith("(Europe/Rome)");
        assertThat(byId(Anchor.class, "ics").getHref()).matches("calendar/meetings/\\d+\\.ics");
        assertThat(visible("edit-meeting")).isTrue();
        assertThat(visible("cancel-meeting")).isTrue();
        assertThat(visible("join-room")).as("the chair may open the room before it starts").isTrue();
        assertThat(visible("report-link")).isFalse();
        ListItem wg = byId(ListItem.class, "invitee-wg.member");
        assertThat(_find(wg, Span.class, spec -> spec.withClasses("invitee-note-taker"))).hasSize(1);
        MeetingDetails saved = meetings.meeting(Long.parseLong(byId(Anchor.class, "ics").getHref()
                .replaceAll("\\D", ""))).orElseThrow();
        assertThat(saved.agenda()).singleElement().satisfies(i -> {
            assertThat(i.proposalIds()).containsExactly(proposalId());
            assertThat(i.durationMinutes()).isEqualTo(25);
        });
    }

    @Test
    void aManagerEditsTheMeetingAndAStaleEditIsRefusedWithTheValuesKept() {
        long[] ids = groupWithMeeting("To edit " + UUID.randomUUID());
        signIn("afil.rep");
        UI.getCurrent().navigate("meetings/" + ids[1]);

        _click(byId(Button.class, "edit-meeting"));
        MeetingEditor editor = _get(MeetingEditor.class);
        assertThat(editor.rows()).hasSize(1);
        editor.addRow(null).title.setValue("Next steps");
        _click(_get(editor.rows().get(1), Button.class, spec -> spec.withClasses("agenda-up")));
        assertThat(editor.rows()).extracting(r -> r.title.getValue()).containsExactly("Next steps", "Twins");
        asUser("le2c.rep", () -> {
            MeetingDetails theirs = meetings.meeting(ids[1]).orElseThrow();
            MeetingDraft d = theirs.draft();
            meetings.update(ids[1], theirs.version(), new MeetingDraft(d.groupId(), d.roundId(), d.title(),
                    "Changed by LE2C", d.startsAt(), d.durationMinutes(), d.onlineLink(), d.place(), d.chair(),
                    d.agenda(), d.invitees(), d.noteTakers()));
        });
        editor.title.setValue("Renamed");
        editor.save();
        assertThat(editor.isOpened()).as("another manager changed it meanwhile: stale").isTrue();
        assertThat(editor.title.getValue()).isEqualTo("Renamed");
        assertThat(editor.rows()).extracting(r -> r.title.getValue()).containsExactly("Next steps", "Twins");
        editor.close();

        MeetingDetails fresh = meetings.meeting(ids[1]).orElseThrow();
        assertThat(fresh.title()).startsWith("To edit");
        assertThat(fresh.description()).isEqualTo("Changed by LE2C");
        _get(MeetingView.class).reload();
        _click(byId(Button.class, "edit-meeting"));
        editor = _get(MeetingEditor.class);
        editor.title.setValue("Renamed");
        editor.addRow(null).title.setValue("Next steps");
        editor.save();
        assertThat(_get(H1.class).getText()).isEqualTo("Renamed");
        assertThat(meetings.meeting(ids[1]).orElseThrow().agenda()).extracting(a -> a.title())
                .containsExactly("Twins", "Next steps");
    }

    // ---------------------------------------------------------------- member

    @Test
    void aMemberAnswersTheInvitationAndSeesNoManagersButtons() {
        String title = "Member " + UUID.randomUUID();
        long[] ids = groupWithMeeting(title);
        signIn("wg.member");
        UI.getCurrent().navigate("meetings/" + ids[1]);

        assertThat(visible("edit-meeting")).isFalse();
        assertThat(visible("cancel-meeting")).isFalse();
        assertThat(visible("join-room")).as("not started, not the chair").isFalse();
        _click(byId(Button.class, "register-yes"));
        assertThat(meetings.meeting(ids[1]).orElseThrow().myRegistration()).isEqualTo(Registration.ACCEPTED);
        ListItem me = byId(ListItem.class, "invitee-wg.member");
        assertThat(_get(me, Span.class, spec -> spec.withClasses("meeting-registration")).getText()).isEqualTo("Attending");
        _click(byId(Button.class, "register-no"));
        me = byId(ListItem.class, "invitee-wg.member");
        assertThat(_get(me, Span.class, spec -> spec.withClasses("meeting-registration")).getText()).isEqualTo("Not attending");

        UI.getCurrent().navigate("working-groups/" + ids[0]);
        assertThat(visible("edit-group")).isFalse();
        assertThat(visible("schedule-meeting")).isFalse();
        assertThat(_find(Component.class, spec -> spec.withId("meeting-row-" + ids[1]))).hasSize(1);
        UI.getCurrent().navigate("working-groups");
        assertThat(visible("new-group")).isFalse();
    }

    @Test
    void myMeetingsListsMineUpcomingFirstAndTheFeedAddressCanBeReset() {
        String title = "Listed " + UUID.randomUUID();
        long[] ids = groupWithMeeting(title);
        signIn("wg.member");
        UI.getCurrent().navigate("meetings");

        assertThat(_find(_get(Component.class, spec -> spec.withId("upcoming-meetings")), Component.class,
                spec -> spec.withId("meeting-row-" + ids[1]))).hasSize(1);
        MeetingsView view = _get(MeetingsView.class);
        String address = view.feedAddress.getValue();
        assertThat(address).matches("https?://.*/calendar/feed/[A-Za-z0-9_-]{40,}\\.ics");
        _click(byId(Button.class, "feed-reset"));
        assertThat(view.feedAddress.getValue()).isNotEqualTo(address).contains("/calendar/feed/");

        signIn("observer");
        UI.getCurrent().navigate("working-groups");
        UI.getCurrent().navigate("meetings");
        assertThat(_find(Component.class, spec -> spec.withId("meeting-row-" + ids[1]))).as("not mine").isEmpty();
        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedIndex(1);
        assertThat(_find(Component.class, spec -> spec.withId("meeting-row-" + ids[1]))).as("all").hasSize(1);
    }

    @Test
    void theMeetingListFollowsChangesLive() {
        String title = "Live " + UUID.randomUUID();
        long[] ids = groupWithMeeting(title);
        signIn("wg.member");
        UI.getCurrent().navigate("meetings/" + ids[1]);
        MockVaadin.clientRoundtrip(false);

        MeetingDetails meeting = meetings.meeting(ids[1]).orElseThrow();
        asUser("afil.rep", () -> meetings.cancel(ids[1], meeting.version(), "Everyone is travelling"));

        awaitLive(() -> !_find(Paragraph.class, spec -> spec.withId("cancel-reason-text")).isEmpty());
        assertThat(byId(Paragraph.class, "cancel-reason-text").getText())
                .isEqualTo("This meeting was cancelled: Everyone is travelling");
        assertThat(_find(Button.class, spec -> spec.withId("register-yes"))).as("nothing to answer any more").isEmpty();
    }

    // ---------------------------------------------------------------- observer and admin

    @Test
    void anObserverReadsEverythingAndChangesNothing() {
        long[] ids = groupWithMeeting("Observed " + UUID.randomUUID());
        signIn("observer");
        UI.getCurrent().navigate("working-groups");
        assertThat(visible("new-group")).isFalse();
        assertThat(_find(Component.class, spec -> spec.withId("group-" + ids[0]))).hasSize(1);
        UI.getCurrent().navigate("working-groups/" + ids[0]);
        assertThat(visible("edit-group")).isFalse();
        assertThat(visible("schedule-meeting")).isFalse();
        UI.getCurrent().navigate("meetings/" + ids[1]);
        assertThat(_find(Button.class, spec -> spec.withId("register-yes"))).isEmpty();
        assertThat(visible("edit-meeting")).isFalse();
        assertThat(visible("cancel-meeting")).isFalse();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("agenda-proposal"))).extracting(Anchor::getText)
                .containsExactly(TWINS);
    }

    @Test
    void anAdministratorCancelsAMeetingWithAReason() {
        long[] ids = groupWithMeeting("Admin " + UUID.randomUUID());
        signIn("admin");
        UI.getCurrent().navigate("working-groups/" + ids[0]);
        assertThat(visible("edit-group")).isTrue();
        assertThat(visible("schedule-meeting")).isTrue();
        UI.getCurrent().navigate("meetings/" + ids[1]);

        _click(byId(Button.class, "cancel-meeting"));
        CancelMeetingDialog dialog = _get(CancelMeetingDialog.class);
        _click(byId(Button.class, "cancel-confirm"));
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        dialog.reason.setValue("The round was extended");
        _click(byId(Button.class, "cancel-confirm"));

        assertThat(meetings.meeting(ids[1]).orElseThrow().status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(byId(Paragraph.class, "cancel-reason-text").getText()).contains("The round was extended");
        assertThat(_get(Span.class, spec -> spec.withClasses("meeting-status")).getText()).isEqualTo("Cancelled");
        assertThat(visible("edit-meeting")).isFalse();
        assertThat(visible("join-room")).isFalse();
    }

    @Test
    void anUnknownMeetingOrGroupIsNotFound() {
        signIn("observer");
        UI.getCurrent().navigate("meetings/999999");
        _assertNone(MeetingView.class);
        UI.getCurrent().navigate("working-groups/abc");
        _assertNone(WorkingGroupView.class);
    }

}
