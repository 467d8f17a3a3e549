package it.lombardia.codesign.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.IntegerField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.live.Participant;
import it.lombardia.codesign.live.Presence;
import it.lombardia.codesign.meeting.AgendaItemDraft;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.MeetingDraft;
import it.lombardia.codesign.meeting.MeetingRoom;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.MeetingLinks;
import it.lombardia.codesign.meeting.PersonRef;
import it.lombardia.codesign.meeting.SpeakingQueue;
import it.lombardia.codesign.meeting.WorkingGroupDraft;
import it.lombardia.codesign.meeting.WorkingGroupService;
import it.lombardia.codesign.poll.PollDraft;
import it.lombardia.codesign.poll.PollKind;
import it.lombardia.codesign.poll.PollOptionDraft;
import it.lombardia.codesign.poll.PollService;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The live room as the chair, the participants and an observer see it, with their pages kept in step. */
class MeetingRoomViewTest extends KaribuTest {

    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRoom room;
    @Autowired
    SpeakingQueue speakingQueue;
    @Autowired
    Presence presence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PollService polls;

    /** A meeting chaired by afil.rep with le2c.rep and wg.member invited; the second item has a proposal. */
    long newMeeting() {
        long[] id = new long[1];
        asUser("afil.rep", () -> {
            long groupId = groups.create(new WorkingGroupDraft("Room view group " + UUID.randomUUID(), null, null,
                    Set.of("AFIL", "LE2C"), Set.of("le2c.rep", "wg.member")));
            Long proposal = jdbc.queryForObject("select id from proposal where title = ?", Long.class,
                    "Industrial digital twins for reconfigurable production lines");
            id[0] = meetings.schedule(new MeetingDraft(groupId, 1L, "Room view " + UUID.randomUUID(), null,
                    Instant.now().plus(Duration.ofDays(1)), 60, "https://meet.example.org/room", null, "afil.rep",
                    List.of(new AgendaItemDraft(null, "Opening", "Why we meet", 10, List.of()),
                            new AgendaItemDraft(null, "Digital twins", null, 20, List.of(proposal)),
                            new AgendaItemDraft(null, "Next steps", null, 10, List.of())),
                    Set.of("le2c.rep", "wg.member"), Set.of()));
        });
        return id[0];
    }

    long started() {
        long id = newMeeting();
        asUser("afil.rep", () -> room.start(id));
        return id;
    }

    long item(long id, int position) {
        long[] item = new long[1];
        asUser("afil.rep", () -> item[0] = meetings.meeting(id).orElseThrow().agenda().get(position - 1).id());
        return item[0];
    }

    static void open(long id) {
        UI.getCurrent().navigate("meetings/" + id + "/room");
        MockVaadin.clientRoundtrip(false);
    }

    static String itemTitle() {
        return _get(H2.class, s -> s.withId("room-item-title")).getText();
    }

    static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    static boolean shown(String id) {
        return !_find(Button.class, s -> s.withId(id)).isEmpty();
    }

    static ListItem agendaRow(long itemId) {
        return (ListItem) button("agenda-item-" + itemId).getParent().orElseThrow();
    }

    @Test
    void theChairStartsTheMeetingAndMovesToTheNextItem() {
        long id = newMeeting();
        signIn("afil.rep");
        open(id);
        assertThat(_get(Paragraph.class, s -> s.withId("room-notice")).getText())
                .startsWith("The meeting has not started yet");
        assertThat(shown("next-item")).isFalse();

        _click(button("start-meeting"));
        assertThat(_get(Span.class, s -> s.withId("room-status")).getText()).isEqualTo("In progress");
        assertThat(itemTitle()).isEqualTo("1. Opening");
        assertThat(agendaRow(item(id, 1)).getClassNames()).contains("current");
        assertThat(button("agenda-item-" + item(id, 1)).getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(button("previous-item").isEnabled()).isFalse();

        _click(button("next-item"));
        assertThat(itemTitle()).isEqualTo("2. Digital twins");
        assertThat(_get(H3.class, s -> s.withText("Industrial digital twins for reconfigurable production lines")))
                .isNotNull();
        assertThat(_get(Anchor.class, s -> s.withText("Open the proposal")).getHref()).startsWith("proposals/");
        assertThat(meetings.meeting(id).orElseThrow().currentItemId()).isEqualTo(item(id, 2));

        // the chair clicking an item moves everyone there
        _click(button("agenda-item-" + item(id, 3)));
        assertThat(meetings.meeting(id).orElseThrow().currentItemId()).isEqualTo(item(id, 3));
        assertThat(button("next-item").isEnabled()).isFalse();
    }

    @Test
    void aParticipantFollowsTheChairLive() {
        long id = newMeeting();
        signIn("le2c.rep");
        open(id);
        assertThat(shown("start-meeting")).as("le2c.rep manages the group").isTrue();

        asUser("afil.rep", () -> room.start(id));
        awaitLive(() -> _get(Span.class, s -> s.withId("room-status")).getText().equals("In progress"));
        assertThat(itemTitle()).isEqualTo("1. Opening");
        assertThat(meetings.meeting(id).orElseThrow().invitees()).filteredOn(i -> i.username().equals("le2c.rep"))
                .singleElement().satisfies(i -> assertThat(i.attended()).as("present when it started").isTrue());

        long second = item(id, 2);
        asUser("afil.rep", () -> room.goTo(id, second));
        awaitLive(() -> itemTitle().equals("2. Digital twins"));
        assertThat(agendaRow(second).getClassNames()).contains("current");
        assertThat(_find(Div.class, s -> s.withId("follow-bar"))).isEmpty();
    }

    @Test
    void aParticipantLookingElsewhereStaysThereUntilFollowingTheChairAgain() {
        long id = started();
        signIn("wg.member");
        open(id);
        long third = item(id, 3);
        _click(button("agenda-item-" + third));
        assertThat(shown("follow-chair")).isTrue();
        assertThat(meetings.meeting(id).orElseThrow().currentItemId()).as("nobody else moved").isEqualTo(item(id, 1));

        long second = item(id, 2);
        asUser("afil.rep", () -> room.goTo(id, second));
        awaitLive(() -> agendaRow(second).getClassNames().contains("current"));
        assertThat(_get(Div.class, s -> s.withId("follow-bar")).getElement().getAttribute("data-moved")).isEqualTo("true");

        _click(button("follow-chair"));
        assertThat(itemTitle()).isEqualTo("2. Digital twins");
        assertThat(shown("follow-chair")).isFalse();
    }

    @Test
    void aRaisedHandReachesTheChairsQueueAndTheChairGivesTheFloor() {
        long id = started();
        signIn("afil.rep");
        open(id);
        assertThat(_get(Paragraph.class, s -> s.withClasses("room-queue-empty")).getText()).isEqualTo("No hands raised.");

        asUser("le2c.rep", () -> speakingQueue.raiseHand(id));
        awaitLive(() -> !_find(ListItem.class, s -> s.withId("queue-le2c.rep")).isEmpty());

        _click(button("give-floor-le2c.rep"));
        Paragraph floor = _get(Paragraph.class, s -> s.withId("room-floor"));
        assertThat(floor.getText()).endsWith("has the floor");
        assertThat(meetings.meeting(id).orElseThrow().floorHolder()).isEqualTo("le2c.rep");
        _click(button("end-turn"));
        assertThat(floor.getText()).isEqualTo("Nobody has the floor.");
    }

    @Test
    void aParticipantRaisesAndLowersTheirHand() {
        long id = started();
        signIn("wg.member");
        open(id);
        _click(button("raise-hand"));
        assertThat(speakingQueue.queue(id)).extracting(s -> s.username()).containsExactly("wg.member");
        assertThat(button("raise-hand").getText()).isEqualTo("Lower hand");
        _click(button("raise-hand"));
        assertThat(speakingQueue.queue(id)).isEmpty();
        assertThat(button("raise-hand").getText()).isEqualTo("Raise hand");
    }

    @Test
    void anObserverWatchesWithoutRaisingAHand() {
        long id = started();
        signIn("observer");
        open(id);
        assertThat(itemTitle()).isEqualTo("1. Opening");
        assertThat(shown("raise-hand")).isFalse();
        assertThat(shown("next-item")).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("room-notice")).getText()).startsWith("You are watching");
        assertThat(meetings.meeting(id).orElseThrow().invitees()).noneMatch(i -> i.username().equals("observer"));
    }

    @Test
    void openingTheRoomAgainShowsTheCurrentItemAndFollowsTheChair() {
        long id = started();
        signIn("le2c.rep");
        open(id);
        _click(button("agenda-item-" + item(id, 3)));
        assertThat(shown("follow-chair")).isTrue();
        UI.getCurrent().navigate("");
        long second = item(id, 2);
        asUser("afil.rep", () -> room.goTo(id, second));

        open(id);
        assertThat(itemTitle()).isEqualTo("2. Digital twins");
        assertThat(shown("follow-chair")).isFalse();
    }

    @Test
    void theChairTimesTheItemForEveryone() {
        long id = started();
        signIn("afil.rep");
        open(id);
        assertThat(_find(Span.class, s -> s.withId("room-timer"))).isEmpty();
        _get(IntegerField.class, s -> s.withId("timer-minutes")).setValue(0);
        _click(button("start-timer"));
        assertThat(_get(IntegerField.class, s -> s.withId("timer-minutes")).isInvalid()).isTrue();
        assertThat(meetings.meeting(id).orElseThrow().timerEndsAt()).isNull();

        _get(IntegerField.class, s -> s.withId("timer-minutes")).setValue(7);
        _click(button("start-timer"));
        MeetingDetails timed = meetings.meeting(id).orElseThrow();
        assertThat(timed.timerEndsAt()).isNotNull();
        ItemTimer timer = _get(ItemTimer.class);
        assertThat(timer.untilText()).startsWith("until ");
        _click(button("stop-timer"));
        assertThat(_find(ItemTimer.class)).isEmpty();
    }

    @Test
    void aTimerThatRanOutSaysSoToSomeoneArriving() {
        long id = started();
        asUser("afil.rep", () -> room.setTimer(id, 1));
        // as if the minute had passed
        jdbc.update("update meeting set timer_ends_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(5)), id);
        signIn("le2c.rep");
        open(id);
        assertThat(_get(ItemTimer.class).isUp()).isTrue();
    }

    @Test
    void whenTheChairLeavesAManagerTakesTheChair() {
        long id = started();
        signIn("le2c.rep");
        open(id);
        assertThat(_get(_get(Div.class, s -> s.withId("chair-left")), Paragraph.class).getText())
                .isEqualTo("The chair (Laura Bianchi) has left the room.");
        Presence.Seat chair = presence.join(MeetingRoom.place(id),
                new Participant("afil.rep", "Laura Bianchi", "AFIL", 0), () -> true);
        try {
            awaitLive(() -> _find(Div.class, s -> s.withId("chair-left")).isEmpty());
        } finally {
            chair.leave();
        }
        awaitLive(() -> !_find(Div.class, s -> s.withId("chair-left")).isEmpty());
        _click(button("take-chair"));
        assertThat(meetings.meeting(id).orElseThrow().chair().username()).isEqualTo("le2c.rep");
        assertThat(shown("next-item")).isTrue();
        assertThat(_find(Div.class, s -> s.withId("chair-left"))).isEmpty();
    }

    @Test
    void anAdministratorTakesTheChairFromTheMenuAndEndsTheMeeting() {
        long id = started();
        Presence.Seat chair = presence.join(MeetingRoom.place(id),
                new Participant("afil.rep", "Laura Bianchi", "AFIL", 0), () -> true);
        try {
            signIn("admin");
            open(id);
            assertThat(_find(Div.class, s -> s.withId("chair-left"))).isEmpty();
            ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("room-menu")), "take-chair-menu");
            assertThat(meetings.meeting(id).orElseThrow().chair().username()).isEqualTo("admin");
        } finally {
            chair.leave();
        }
        _click(button("end-meeting"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(meetings.meeting(id).orElseThrow().status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(_get(Paragraph.class, s -> s.withId("room-notice")).getText()).startsWith("The meeting has ended.");
        assertThat(_get(Anchor.class, s -> s.withId("report-link")).getHref()).isEqualTo("meetings/" + id + "/report");
        assertThat(shown("raise-hand")).isFalse();
    }

    @Test
    void theChairHandsTheChairToAGroupMemberWhoWasNotInvited() {
        long id = started();
        // mobility.rep joins the group after the meeting was planned: a member takes part all the same
        asUser("afil.rep", () -> {
            long groupId = meetings.meeting(id).orElseThrow().groupId();
            var group = groups.group(groupId).orElseThrow();
            groups.update(groupId, group.version(), new WorkingGroupDraft(group.name(), group.description(),
                    group.ecosystemCode(), group.clusterCodes(), Set.of("le2c.rep", "wg.member", "mobility.rep")));
        });
        signIn("afil.rep");
        open(id);
        @SuppressWarnings("unchecked")
        ComboBox<PersonRef> to = _get(ComboBox.class, s -> s.withId("hand-over-to"));
        List<PersonRef> offered = to.getListDataView().getItems().toList();
        assertThat(offered).extracting(PersonRef::displayName).contains("Chiara Romano")
                .doesNotContain("Laura Bianchi");

        to.setValue(offered.stream().filter(p -> p.username().equals("mobility.rep")).findFirst().orElseThrow());
        _click(button("hand-over"));
        assertThat(meetings.meeting(id).orElseThrow().chair().username()).isEqualTo("mobility.rep");
        assertThat(shown("next-item")).isFalse();
    }

    @Test
    void aCancelledMeetingShowsWhy() {
        long id = newMeeting();
        asUser("afil.rep", () -> meetings.cancel(id, meetings.meeting(id).orElseThrow().version(), "No quorum"));
        signIn("wg.member");
        open(id);
        assertThat(_get(Paragraph.class, s -> s.withId("room-notice")).getText())
                .isEqualTo("This meeting was cancelled: No quorum");
        assertThat(shown("raise-hand")).isFalse();
        assertThat(shown("start-meeting")).isFalse();
    }

    @Test
    void theRoomSpeaksItalian() {
        long id = started();
        useItalian();
        signIn("wg.member");
        open(id);
        assertThat(button("raise-hand").getText()).isEqualTo("Alza la mano");
        assertThat(_get(Paragraph.class, s -> s.withId("room-floor")).getText()).isEqualTo("Nessuno ha la parola.");
    }

    static void showTab(int index) {
        _get(TabSheet.class, s -> s.withId("room-tabs")).setSelectedIndex(index);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void aPollTheChairOpensOnTheItemAppearsInTheParticipantsPollsTab() {
        long id = started();
        long second = item(id, 2);
        asUser("afil.rep", () -> room.goTo(id, second));
        signIn("le2c.rep");
        open(id);
        showTab(1);
        assertThat(_find(Div.class, s -> s.withClasses("poll-card"))).isEmpty();

        asUser("afil.rep", () -> polls.open(new PollDraft(MeetingRoom.POLL_VENUE, id, second, "Support the twins?",
                PollKind.SINGLE, List.of(PollOptionDraft.of("Yes"), PollOptionDraft.of("No")), null, null, false, true,
                null)));
        awaitLive(() -> _find(Div.class, s -> s.withClasses("poll-card")).size() == 1);
        assertThat(_get(Div.class, s -> s.withClasses("poll-card")).getElement().getTextRecursively())
                .contains("Support the twins?");
    }

    @Test
    void theChairWritesTheMinutesOfTheCurrentItemAndAParticipantReadsThem() {
        long id = started();
        long first = item(id, 1);
        signIn("afil.rep");
        open(id);
        showTab(2);
        TextArea minutes = _get(TextArea.class, s -> s.withId("minutes-editor-" + first));
        assertThat(minutes.isVisible()).isTrue();
        assertThat(minutes.isReadOnly()).isFalse();

        signIn("le2c.rep");
        open(id);
        showTab(2);
        assertThat(_find(TextArea.class, s -> s.withId("minutes-editor-" + first)).stream()
                .noneMatch(area -> area.isVisible() && !area.isReadOnly())).isTrue();
    }

    @Test
    void theReportsCorrectLinkOpensTheEndedRoomAtThatItemsRecords() {
        long id = started();
        long third = item(id, 3);
        asUser("afil.rep", () -> room.end(id));
        signIn("afil.rep"); // the chair keeps the record, also after the meeting
        String link = MeetingLinks.roomRecords(id, third);
        UI.getCurrent().navigate(link.substring(0, link.indexOf('?')),
                com.vaadin.flow.router.QueryParameters.fromString(link.substring(link.indexOf('?') + 1)));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(TabSheet.class, s -> s.withId("room-tabs")).getSelectedIndex()).isEqualTo(2);
        TextArea minutes = _get(TextArea.class, s -> s.withId("minutes-editor-" + third));
        assertThat(minutes.isVisible()).isTrue();
        assertThat(minutes.isReadOnly()).isFalse();
    }
}
