package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.Participant;
import it.lombardia.codesign.live.Presence;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollDraft;
import it.lombardia.codesign.poll.PollKind;
import it.lombardia.codesign.poll.PollOptionDraft;
import it.lombardia.codesign.poll.PollService;
import it.lombardia.codesign.poll.PollView;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * The live room's rules: who starts, runs and ends a meeting, attendance, the speaking queue, the
 * timer, the chair passing on, and what the poll feature is told about meetings.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MeetingRoomTest {

    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRoom room;
    @Autowired
    SpeakingQueue speakingQueue;
    @Autowired
    MeetingPollVenue venue;
    @Autowired
    Presence presence;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PollService polls;
    @Autowired
    MeetingReport report;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * A meeting of a new AFIL+LE2C group (members le2c.rep, wg.member, mobility.rep) chaired by
     * afil.rep, with le2c.rep, wg.member and the observer invited, and three agenda items.
     */
    long newMeeting() {
        as("afil.rep");
        long groupId = groups.create(new WorkingGroupDraft("Room group " + UUID.randomUUID(), null, null,
                Set.of("AFIL", "LE2C"), Set.of("le2c.rep", "wg.member", "mobility.rep")));
        return meetings.schedule(new MeetingDraft(groupId, 1L, "Room " + UUID.randomUUID(), null,
                Instant.now().plus(Duration.ofDays(1)), 60, "https://meet.example.org/room", null, "afil.rep",
                List.of(new AgendaItemDraft(null, "Opening", null, 10, List.of()),
                        new AgendaItemDraft(null, "Proposals", null, 30, List.of()),
                        new AgendaItemDraft(null, "Next steps", null, 10, List.of())),
                Set.of("le2c.rep", "wg.member", "observer"), Set.of("wg.member")));
    }

    long started() {
        long id = newMeeting();
        as("afil.rep");
        room.start(id);
        return id;
    }

    void as(String username) {
        SignIn.as(users, username);
    }

    Actor actor(String username) {
        as(username);
        return currentActor.require();
    }

    MeetingDetails details(long id) {
        return meetings.meeting(id).orElseThrow();
    }

    long item(long id, int position) {
        return details(id).agenda().get(position - 1).id();
    }

    Presence.Seat seat(long id, String username) {
        return presence.join(MeetingRoom.place(id), new Participant(username, username, "", 0), () -> true);
    }

    @Test
    void theChairOrAManagerStartsAndTheChairOrAnAdministratorEnds() {
        long id = newMeeting();
        as("wg.member");
        assertThatThrownBy(() -> room.start(id)).isInstanceOf(NotPermittedException.class);
        assertThat(details(id).status()).isEqualTo(MeetingStatus.SCHEDULED);

        as("le2c.rep");
        room.start(id);
        MeetingDetails live = details(id);
        assertThat(live.status()).isEqualTo(MeetingStatus.LIVE);
        assertThat(live.startedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(live.currentItemId()).isEqualTo(live.agenda().getFirst().id());
        assertThatThrownBy(() -> room.start(id)).hasMessage("room.error.already-live");

        assertThatThrownBy(() -> room.end(id)).isInstanceOf(NotPermittedException.class);
        as("wg.member");
        assertThatThrownBy(() -> room.end(id)).isInstanceOf(NotPermittedException.class);
        as("admin");
        room.end(id);
        MeetingDetails ended = details(id);
        assertThat(ended.status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(ended.endedAt()).isNotNull();
        as("afil.rep");
        assertThatThrownBy(() -> room.start(id)).hasMessage("room.error.ended");
        assertThatThrownBy(() -> room.end(id)).hasMessage("room.error.ended");
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'meeting' and entity_id = ?"
                + " order by id", String.class, String.valueOf(id))).contains("start", "end");
    }

    @Test
    void aCancelledMeetingCannotStart() {
        long id = newMeeting();
        meetings.cancel(id, details(id).version(), "No quorum");
        assertThatThrownBy(() -> room.start(id)).isInstanceOf(TranslatableException.class)
                .hasMessage("room.error.cancelled");
    }

    @Test
    void endingClearsTheFloorAndTheTimer() {
        long id = started();
        room.setTimer(id, 5);
        speakingQueue.giveFloor(id, "le2c.rep");
        room.end(id);
        MeetingDetails ended = details(id);
        assertThat(ended.floorHolder()).isNull();
        assertThat(ended.timerEndsAt()).isNull();
        assertThat(speakingQueue.queue(id)).isEmpty();
    }

    @Test
    void onlyTheChairMovesThroughTheAgendaAndOnlyWhileLive() {
        long id = newMeeting();
        long second = item(id, 2);
        assertThatThrownBy(() -> room.goTo(id, second)).hasMessage("room.error.not-started");
        room.start(id);
        as("le2c.rep");
        assertThatThrownBy(() -> room.goTo(id, second)).isInstanceOf(NotPermittedException.class);
        long other = item(newMeeting(), 1);
        as("afil.rep");
        assertThatThrownBy(() -> room.goTo(id, other)).hasMessage("room.error.no-such-item");

        room.setTimer(id, 10);
        speakingQueue.giveFloor(id, "wg.member");
        as("le2c.rep");
        speakingQueue.raiseHand(id);
        as("afil.rep");
        room.goTo(id, second);
        MeetingDetails moved = details(id);
        assertThat(moved.currentItemId()).isEqualTo(second);
        // the timer was the previous item's, and so was the turn; the waiting hand stays
        assertThat(moved.timerEndsAt()).isNull();
        assertThat(moved.floorHolder()).isNull();
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username).containsExactly("le2c.rep");
    }

    @Test
    void eachItemKeepsTheTimeTheMeetingActuallySpentOnIt() {
        long id = started();
        // twelve minutes on the opening, then on to the proposals
        jdbc.update("update meeting set current_item_since = current_item_since - interval '12' minute where id = ?", id);
        room.goTo(id, item(id, 2));
        // back to the opening for three minutes: the time adds up
        jdbc.update("update meeting set current_item_since = current_item_since - interval '20' minute where id = ?", id);
        room.goTo(id, item(id, 1));
        jdbc.update("update meeting set current_item_since = current_item_since - interval '3' minute where id = ?", id);
        room.end(id);

        List<AgendaItemView> agenda = details(id).agenda();
        assertThat(agenda.get(0).spentSeconds()).isBetween(15 * 60, 15 * 60 + 5);
        assertThat(agenda.get(1).spentSeconds()).isBetween(20 * 60, 20 * 60 + 5);
        assertThat(agenda.get(2).spentSeconds()).isZero();
        assertThat(jdbc.queryForObject("select current_item_since from meeting where id = ?", java.sql.Timestamp.class, id))
                .isNull();
    }

    @Test
    void twoChairsMovingAtOnceCannotBothWin() {
        long id = started();
        long seen = details(id).version();
        room.goTo(id, item(id, 2), seen);
        // the other chair clicked "Next" on the same room before the first move reached them
        as("admin");
        room.takeOver(id);
        assertThatThrownBy(() -> room.goTo(id, item(id, 3), seen)).isInstanceOf(TranslatableException.class)
                .hasMessage("room.error.moved-meanwhile");
        assertThat(details(id).currentItemId()).isEqualTo(item(id, 2));
    }

    @Test
    void attendanceIsRecordedOnceForParticipantsOfALiveMeeting() {
        long id = newMeeting();
        as("le2c.rep");
        room.enter(id);
        assertThat(invitee(id, "le2c.rep").attended()).as("not before the start").isFalse();

        as("afil.rep");
        room.start(id);
        assertThat(invitee(id, "afil.rep").attended()).as("the chair who started it").isTrue();
        as("le2c.rep");
        MeetingDetails seen = room.enter(id);
        assertThat(seen.access().participate()).isTrue();
        Instant first = invitee(id, "le2c.rep").firstJoinedAt();
        assertThat(first).isNotNull();
        room.enter(id);
        assertThat(invitee(id, "le2c.rep").firstJoinedAt()).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'meeting'"
                + " and entity_id = ? and action = 'attend'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aMemberWhoWasNotInvitedBecomesAnInviteeWhoCame() {
        long id = started();
        as("mobility.rep");
        room.enter(id);
        InviteeView mobility = invitee(id, "mobility.rep");
        assertThat(mobility.registration()).isEqualTo(Registration.ACCEPTED);
        assertThat(mobility.attended()).isTrue();
    }

    @Test
    void someoneWhoDoesNotTakePartWatchesUnrecorded() {
        long id = started();
        as("lifesciences.rep");
        MeetingDetails seen = room.enter(id);
        assertThat(seen.access().participate()).isFalse();
        assertThat(details(id).invitees()).extracting(InviteeView::username).doesNotContain("lifesciences.rep");
        assertThatThrownBy(() -> speakingQueue.raiseHand(id)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anUninvitedObserverWatchesUnrecorded() {
        long id = started();
        as("afil.rep");
        // a fresh meeting without the observer
        long groupId = details(id).groupId();
        long other = meetings.schedule(new MeetingDraft(groupId, 1L, "Room " + UUID.randomUUID(), null,
                Instant.now().plus(Duration.ofDays(1)), 60, "https://meet.example.org/room", null, "afil.rep",
                List.of(new AgendaItemDraft(null, "Only item", null, 10, List.of())), Set.of("le2c.rep"), Set.of()));
        room.start(other);
        as("observer");
        assertThat(room.enter(other).access().participate()).isFalse();
        assertThat(details(other).invitees()).extracting(InviteeView::username).doesNotContain("observer");
        assertThatThrownBy(() -> speakingQueue.raiseHand(other)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void handsAreQueuedInOrderAndRaisingTwiceKeepsThePlace() {
        long id = started();
        as("wg.member");
        speakingQueue.raiseHand(id);
        as("le2c.rep");
        speakingQueue.raiseHand(id);
        as("wg.member");
        speakingQueue.raiseHand(id);
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username).containsExactly("wg.member", "le2c.rep");
        assertThat(speakingQueue.queue(id)).allSatisfy(s -> assertThat(s.speaking()).isFalse());
        assertThat(speakingQueue.queue(id).getFirst().displayName()).isNotEqualTo("wg.member");

        speakingQueue.lowerHand(id);
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username).containsExactly("le2c.rep");
        speakingQueue.raiseHand(id);
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username).containsExactly("le2c.rep", "wg.member");
    }

    @Test
    void aHandRaisedFromTwoTabsAtOnceHoldsOnePlace() {
        long id = started();
        as("wg.member");
        speakingQueue.raiseHand(id);
        // what two requests racing past the "already raised" check would leave behind
        jdbc.update("insert into meeting_speaker (meeting_id, username, raised_at) values (?, 'wg.member', ?)", id,
                java.sql.Timestamp.from(Instant.now()));
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username).containsExactly("wg.member");
        speakingQueue.lowerHand(id);
        assertThat(speakingQueue.queue(id)).isEmpty();
    }

    @Test
    void theChairGivesTheFloorAndTheChairOrTheSpeakerEndsTheTurn() {
        long id = started();
        as("wg.member");
        speakingQueue.raiseHand(id);
        as("le2c.rep");
        speakingQueue.raiseHand(id);
        assertThatThrownBy(() -> speakingQueue.giveFloor(id, "wg.member")).isInstanceOf(NotPermittedException.class);

        as("afil.rep");
        speakingQueue.giveFloor(id, "le2c.rep");
        assertThat(details(id).floorHolder()).isEqualTo("le2c.rep");
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username, SpeakerView::speaking)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("le2c.rep", true),
                        org.assertj.core.groups.Tuple.tuple("wg.member", false));

        speakingQueue.giveFloor(id, "wg.member");
        assertThat(details(id).floorHolder()).isEqualTo("wg.member");
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username).containsExactly("wg.member");

        as("le2c.rep");
        assertThatThrownBy(() -> speakingQueue.endTurn(id)).isInstanceOf(NotPermittedException.class);
        as("wg.member");
        speakingQueue.endTurn(id);
        assertThat(details(id).floorHolder()).isNull();
        assertThat(speakingQueue.queue(id)).isEmpty();

        as("afil.rep");
        // a participant who did not ask may be given the floor; someone outside the meeting may not
        speakingQueue.giveFloor(id, "mobility.rep");
        assertThat(speakingQueue.queue(id)).extracting(SpeakerView::username).containsExactly("mobility.rep");
        assertThatThrownBy(() -> speakingQueue.giveFloor(id, "lifesciences.rep"))
                .hasMessage("room.error.not-participant-person");
        speakingQueue.endTurn(id);
        assertThat(details(id).floorHolder()).isNull();
    }

    @Test
    void theTimerRunsFromOneToOneHundredTwentyMinutesForTheCurrentItem() {
        long id = started();
        assertThatThrownBy(() -> room.setTimer(id, 0)).hasMessage("room.error.timer-range");
        assertThatThrownBy(() -> room.setTimer(id, 121)).hasMessage("room.error.timer-range");
        as("le2c.rep");
        assertThatThrownBy(() -> room.setTimer(id, 5)).isInstanceOf(NotPermittedException.class);

        as("afil.rep");
        room.setTimer(id, 120);
        room.setTimer(id, 5);
        MeetingDetails timed = details(id);
        assertThat(timed.timerItemId()).isEqualTo(timed.currentItemId());
        assertThat(timed.timerEndsAt()).isCloseTo(Instant.now().plus(Duration.ofMinutes(5)), within(1, ChronoUnit.MINUTES));
        room.clearTimer(id);
        assertThat(details(id).timerEndsAt()).isNull();
    }

    @Test
    void managersTakeTheChairOnlyWhenItIsEmptyAndAdministratorsAlways() {
        long id = started();
        Presence.Seat chair = seat(id, "afil.rep");
        try {
            as("le2c.rep");
            assertThat(details(id).access().takeOver()).isFalse();
            assertThatThrownBy(() -> room.takeOver(id)).isInstanceOf(NotPermittedException.class)
                    .hasMessage("room.error.chair-present");
        } finally {
            chair.leave();
        }
        as("wg.member");
        assertThatThrownBy(() -> room.takeOver(id)).isInstanceOf(NotPermittedException.class);
        as("le2c.rep");
        assertThat(details(id).access().takeOver()).isTrue();
        room.takeOver(id);
        assertThat(details(id).chair().username()).isEqualTo("le2c.rep");
        assertThat(details(id).access().chair()).isTrue();

        Presence.Seat newChair = seat(id, "le2c.rep");
        try {
            as("admin");
            room.takeOver(id);
            assertThat(details(id).chair().username()).isEqualTo("admin");
            assertThat(invitee(id, "admin").attended()).isTrue();
        } finally {
            newChair.leave();
        }
    }

    @Test
    void theChairHandsOverToAnotherParticipant() {
        long id = started();
        assertThatThrownBy(() -> room.handOver(id, "lifesciences.rep")).hasMessage("room.error.not-participant-person");
        // the invitees and the group's members (mobility.rep is a member, not invited), never the chair
        assertThat(room.chairCandidates(id)).extracting(PersonRef::username)
                .containsExactlyInAnyOrder("le2c.rep", "wg.member", "observer", "mobility.rep");
        room.handOver(id, "mobility.rep");
        assertThat(details(id).chair().username()).isEqualTo("mobility.rep");
        as("mobility.rep");
        assertThat(room.chairCandidates(id)).extracting(PersonRef::username).contains("afil.rep")
                .doesNotContain("mobility.rep");
        room.handOver(id, "wg.member");
        as("afil.rep");
        assertThat(room.chairCandidates(id)).isEmpty();
        assertThat(details(id).chair().username()).isEqualTo("wg.member");
        assertThatThrownBy(() -> room.goTo(id, item(id, 2))).isInstanceOf(NotPermittedException.class);
        as("wg.member");
        room.goTo(id, item(id, 2));
        assertThat(details(id).currentItemId()).isEqualTo(item(id, 2));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'meeting' and entity_id = ?",
                String.class, String.valueOf(id))).contains("hand-over", "goto");
    }

    @Test
    void pollsOfAMeetingAreRunByItsChairAndVotedByItsParticipantsWhileLive() {
        long id = newMeeting();
        String title = details(id).title();
        Actor chair = actor("afil.rep");
        Actor member = actor("wg.member");
        Actor admin = actor("admin");
        Actor outsider = actor("lifesciences.rep");
        assertThat(venue.type()).isEqualTo("meeting");
        assertThat(venue.title(id)).contains(title);
        assertThat(venue.title(999_999L)).isEmpty();
        assertThat(venue.mayView(id, outsider)).isTrue();
        assertThat(venue.mayRun(id, chair)).as("not before the start").isFalse();
        assertThat(venue.mayVote(id, member)).as("not before the start").isFalse();
        assertThat(venue.electorate(id)).isEqualTo(1);

        as("afil.rep");
        room.start(id);
        as("wg.member");
        room.enter(id);
        as("le2c.rep");
        room.enter(id);
        assertThat(venue.mayRun(id, chair)).isTrue();
        assertThat(venue.mayRun(id, admin)).isTrue();
        assertThat(venue.mayRun(id, member)).isFalse();
        assertThat(venue.mayVote(id, member)).isTrue();
        assertThat(venue.mayVote(id, outsider)).isFalse();
        assertThat(venue.electorate(id)).isEqualTo(3);

        as("afil.rep");
        room.end(id);
        assertThat(venue.mayRun(id, chair)).isFalse();
        assertThat(venue.mayVote(id, member)).isFalse();
        assertThat(venue.mayView(id, outsider)).isTrue();
    }

    InviteeView invitee(long id, String username) {
        return details(id).invitees().stream().filter(i -> i.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void endingTheMeetingClosesItsOpenPollsAndShowsTheirHiddenResults() {
        long id = started();
        long poll = polls.open(new PollDraft(MeetingRoom.POLL_VENUE, id, item(id, 2), "Which first?", PollKind.SINGLE,
                List.of(PollOptionDraft.of("Twins"), PollOptionDraft.of("Logistics")), null, null, false, false, null));
        as("le2c.rep");
        room.enter(id);
        long twins = polls.poll(poll).orElseThrow().options().getFirst().id();
        polls.vote(poll, Ballot.single(twins));
        assertThat(polls.poll(poll).orElseThrow().resultsShown()).isFalse();

        as("afil.rep");
        room.end(id);
        PollView closed = polls.poll(poll).orElseThrow();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.resultsShown()).isTrue();
        assertThat(closed.results().getFirst().label()).isEqualTo("Twins");
        as("le2c.rep");
        assertThatThrownBy(() -> polls.vote(poll, Ballot.single(twins))).isInstanceOf(TranslatableException.class);

        ReportData.Item proposals = report.report(id, java.util.Locale.ENGLISH).items().get(1);
        assertThat(proposals.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Poll: Which first? (Single choice, Named)");
            assertThat(section.rows().getFirst()).containsExactly("1", "Twins", "1 vote (100.0% of ballots)", "Paolo Ricci");
            assertThat(section.note()).isEqualTo("1 of 2 voted"); // the chair and le2c.rep came
        });
        assertThat(new String(report.pdf(id, java.util.Locale.ENGLISH), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }

    @Test
    void anAnonymousPollClosedWithTheMeetingCountsInTheReportAndNamesNobody() {
        long id = started();
        long poll = polls.open(new PollDraft(MeetingRoom.POLL_VENUE, id, item(id, 2), "Which first, secretly?",
                PollKind.SINGLE, List.of(PollOptionDraft.of("Twins"), PollOptionDraft.of("Logistics")), null, null, true,
                false, null));
        as("le2c.rep");
        room.enter(id);
        long twins = polls.poll(poll).orElseThrow().options().getFirst().id();
        polls.vote(poll, Ballot.single(twins));
        assertThat(polls.poll(poll).orElseThrow().myBallot()).isEqualTo(Ballot.single(twins));

        as("afil.rep");
        room.end(id);

        ReportData.Item proposals = report.report(id, java.util.Locale.ENGLISH).items().get(1);
        assertThat(proposals.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Poll: Which first, secretly? (Single choice, Anonymous)");
            assertThat(section.rows().getFirst()).startsWith("1", "Twins", "1 vote (100.0% of ballots)");
            assertThat(String.join(" ", section.rows().getFirst())).doesNotContain("Paolo Ricci");
            assertThat(section.note()).isEqualTo("1 of 2 voted");
        });
    }
}
