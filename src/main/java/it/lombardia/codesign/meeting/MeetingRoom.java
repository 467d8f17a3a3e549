package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.poll.PollService;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live room of a meeting: starting and ending it, the chair moving through the agenda, the item
 * timer, attendance and the chair passing from one person to another. The speaking queue is
 * {@link SpeakingQueue}; what both share is {@link MeetingRoomSupport}.
 *
 * <p>Rules that shape what people see:
 * <ul>
 * <li>The timer belongs to the agenda item it was set for: moving to another item stops it.</li>
 * <li>Moving to another item ends the current speaker's turn (the floor is for the item being
 * discussed); hands raised and still waiting keep their place in the queue.</li>
 * <li>Every change of the room's state bumps the meeting's version; the chair's moves carry the
 * version the chair saw, so that two chairs (the chair and an administrator taking over) clicking at
 * once cannot skip an item: one wins, the other is told the room changed.</li>
 * </ul>
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MeetingRoom {

    public static final int TIMER_MIN = 1;
    public static final int TIMER_MAX = 120;

    private final AgendaItemRepository items;
    private final InviteeRepository invitees;
    private final SpeakingQueue speakingQueue;
    private final MeetingRoomSupport support;
    private final PollService polls;
    private final MeetingViews views;
    private final MeetingRules rules;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final Clock clock;

    /** The venue type of a meeting's polls (see {@link it.lombardia.codesign.poll.PollVenue}). */
    public static final String POLL_VENUE = "meeting";

    MeetingRoom(AgendaItemRepository items, InviteeRepository invitees, SpeakingQueue speakingQueue,
                MeetingRoomSupport support, MeetingViews views, MeetingRules rules, CurrentActor currentActor,
                AccountDirectory directory, PollService polls, Clock clock) {
        this.items = items;
        this.invitees = invitees;
        this.speakingQueue = speakingQueue;
        this.support = support;
        this.polls = polls;
        this.views = views;
        this.rules = rules;
        this.currentActor = currentActor;
        this.directory = directory;
        this.clock = clock;
    }

    /** The presence place of a meeting's room: who has the room open. */
    public static String place(long meetingId) {
        return MeetingRules.roomPlace(meetingId);
    }

    // ---------------------------------------------------------------------------------------------
    // Opening, starting, ending

    /**
     * Someone opens the room. A participant of a running meeting is recorded as present (the first
     * time only); a member of the group who was not invited becomes an invitee who came. Everyone
     * else signed in may watch, unrecorded.
     */
    public MeetingDetails enter(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        if (meeting.getStatus() == MeetingStatus.LIVE) {
            WorkingGroup group = views.groupOf(meeting);
            Optional<Invitee> invitee = invitees.findByMeetingIdAndUsernameIgnoreCase(meetingId, actor.username());
            if (MeetingRules.isParticipant(actor, group, meeting, invitee) && attend(meeting, actor.username())) {
                support.audit(actor, meeting, "attend", null, actor.username());
                support.changed(meeting, actor);
            }
        }
        return views.details(meeting, actor);
    }

    /** The chair or a manager of the group opens the room: the agenda starts at its first item. */
    public void start(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        WorkingGroup group = views.groupOf(meeting);
        if (!MeetingRules.mayManage(actor, group, meeting)) {
            throw new NotPermittedException("room.error.not-manager");
        }
        switch (meeting.getStatus()) {
            case CANCELLED -> throw new TranslatableException("room.error.cancelled");
            case ENDED -> throw new TranslatableException("room.error.ended");
            case LIVE -> throw new TranslatableException("room.error.already-live");
            case SCHEDULED -> {
                // go on below
            }
        }
        Instant now = clock.instant();
        meeting.setStatus(MeetingStatus.LIVE);
        meeting.setStartedAt(now);
        meeting.setCurrentItem(items.findByMeetingIdOrderByPositionAsc(meetingId).stream()
                .map(AgendaItem::getId).findFirst().orElse(null), now);
        meeting.touch(actor.username(), now);
        support.save(meeting);
        if (MeetingRules.isParticipant(actor, group, meeting,
                invitees.findByMeetingIdAndUsernameIgnoreCase(meetingId, actor.username()))) {
            // whoever starts the meeting is in the room
            attend(meeting, actor.username());
        }
        support.audit(actor, meeting, "start", MeetingStatus.SCHEDULED, MeetingStatus.LIVE);
        support.changed(meeting, actor);
    }

    /** The chair (or an administrator) closes the room; the floor and the timer go with it. */
    public void end(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        if (!MeetingRules.isChair(actor, meeting) && !actor.isAdmin()) {
            throw new NotPermittedException("room.error.not-chair");
        }
        support.requireLive(meeting);
        // polls still open close with the meeting, so that hidden results are shown in the report
        polls.polls(MeetingPollVenue.TYPE, meetingId).stream().filter(p -> !p.closed()).forEach(p -> polls.close(p.id()));
        Instant now = clock.instant();
        spendCurrentItem(meeting, now);
        meeting.leaveCurrentItem();
        meeting.setStatus(MeetingStatus.ENDED);
        meeting.setEndedAt(now);
        meeting.setFloorHolder(null);
        meeting.setTimer(null, null);
        meeting.touch(actor.username(), now);
        support.save(meeting);
        speakingQueue.closeAll(meetingId, now);
        support.audit(actor, meeting, "end", MeetingStatus.LIVE, MeetingStatus.ENDED);
        support.changed(meeting, actor);
    }

    // ---------------------------------------------------------------------------------------------
    // The agenda

    /** The chair moves everyone to an agenda item, whatever the room's state. */
    public void goTo(long meetingId, long itemId) {
        move(meetingId, itemId, null);
    }

    /**
     * The chair moves everyone to an agenda item from the room as they saw it ({@code expectedVersion});
     * if the room changed meanwhile (another chair moved), nothing happens and
     * {@code room.error.moved-meanwhile} says so: the room the chair sees refreshes by itself.
     */
    public void goTo(long meetingId, long itemId, long expectedVersion) {
        move(meetingId, itemId, expectedVersion);
    }

    private void move(long meetingId, long itemId, Long expectedVersion) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireChair(actor, meeting);
        support.requireLive(meeting);
        if (expectedVersion != null && meeting.getVersion() != expectedVersion) {
            throw new TranslatableException("room.error.moved-meanwhile");
        }
        AgendaItem item = items.findById(itemId).filter(i -> i.getMeetingId() == meetingId)
                .orElseThrow(() -> new TranslatableException("room.error.no-such-item"));
        if (item.getId().equals(meeting.getCurrentItemId())) {
            return;
        }
        Long before = meeting.getCurrentItemId();
        Instant now = clock.instant();
        spendCurrentItem(meeting, now);
        meeting.setCurrentItem(item.getId(), now);
        meeting.setTimer(null, null);
        speakingQueue.finishTurn(meeting, now);
        meeting.touch(actor.username(), now);
        support.save(meeting);
        support.audit(actor, meeting, "goto", before, item.getId());
        support.changed(meeting, actor);
    }

    // ---------------------------------------------------------------------------------------------
    // The item timer

    /** The chair gives the current item {@code minutes} from now. */
    public void setTimer(long meetingId, int minutes) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireChair(actor, meeting);
        support.requireLive(meeting);
        if (minutes < TIMER_MIN || minutes > TIMER_MAX) {
            throw new TranslatableException("room.error.timer-range", TIMER_MIN, TIMER_MAX);
        }
        if (meeting.getCurrentItemId() == null) {
            throw new TranslatableException("room.error.no-current-item");
        }
        Instant now = clock.instant();
        Instant endsAt = now.plus(Duration.ofMinutes(minutes));
        meeting.setTimer(meeting.getCurrentItemId(), endsAt);
        meeting.touch(actor.username(), now);
        support.save(meeting);
        support.audit(actor, meeting, "set-timer", null, endsAt);
        support.changed(meeting, actor);
    }

    public void clearTimer(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireChair(actor, meeting);
        support.requireLive(meeting);
        if (meeting.getTimerEndsAt() == null) {
            return;
        }
        Instant before = meeting.getTimerEndsAt();
        meeting.setTimer(null, null);
        meeting.touch(actor.username(), clock.instant());
        support.save(meeting);
        support.audit(actor, meeting, "clear-timer", before, null);
        support.changed(meeting, actor);
    }

    // ---------------------------------------------------------------------------------------------
    // The chair

    /**
     * The user becomes the chair: an administrator at any time, a manager of the group when the
     * chair has left the room (see {@link MeetingRules#mayTakeOver}).
     */
    public void takeOver(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireLive(meeting);
        if (!rules.mayTakeOver(actor, views.groupOf(meeting), meeting)) {
            throw new NotPermittedException(MeetingRules.isChair(actor, meeting) ? "room.error.already-chair"
                    : "room.error.chair-present");
        }
        changeChair(actor, meeting, actor.username(), "take-over");
    }

    /** The chair passes the chair to another participant. */
    public void handOver(long meetingId, String username) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireChair(actor, meeting);
        support.requireLive(meeting);
        if (username == null || username.equalsIgnoreCase(meeting.getChair())) {
            throw new TranslatableException("room.error.hand-over-self");
        }
        if (!support.isParticipant(meeting, username)) {
            throw new TranslatableException("room.error.not-participant-person", username);
        }
        changeChair(actor, meeting, support.canonical(meetingId, username), "hand-over");
    }

    /**
     * Whom the chair may hand the chair to: everyone who takes part, that is the invitees and the
     * group's members, but the chair, by name (as the directory orders them). Only the chair asks.
     */
    @Transactional(readOnly = true)
    public List<PersonRef> chairCandidates(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        if (!MeetingRules.isChair(actor, meeting)) {
            return List.of();
        }
        Set<String> people = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        invitees.findByMeetingIdOrderByUsernameAsc(meetingId).forEach(i -> people.add(i.getUsername()));
        people.addAll(views.groupOf(meeting).getMembers());
        people.remove(meeting.getChair());
        // as handOver checks: only people with an enabled account
        return directory.enabledPeople().stream().filter(c -> people.contains(c.username()))
                .map(c -> new PersonRef(c.username(), c.displayName())).toList();
    }

    /** Adds the time since the room came to the current item to that item's time. */
    private void spendCurrentItem(Meeting meeting, Instant now) {
        if (meeting.getCurrentItemId() == null || meeting.getCurrentItemSince() == null) {
            return;
        }
        items.findById(meeting.getCurrentItemId()).ifPresent(item -> {
            item.spend(Duration.between(meeting.getCurrentItemSince(), now));
            items.save(item);
        });
    }

    private void changeChair(Actor actor, Meeting meeting, String newChair, String action) {
        String before = meeting.getChair();
        meeting.setChair(newChair);
        meeting.touch(actor.username(), clock.instant());
        support.save(meeting);
        // the chair is always among the invitees, as scheduling keeps it
        Invitee invitee = invitees.findByMeetingIdAndUsernameIgnoreCase(meeting.getId(), newChair).orElseGet(() -> {
            Invitee added = new Invitee(meeting.getId(), newChair);
            added.register(Registration.ACCEPTED, clock.instant());
            return added;
        });
        if (action.equals("take-over")) {
            invitee.joined(clock.instant());
        }
        invitees.saveAndFlush(invitee);
        support.audit(actor, meeting, action, before, newChair);
        support.changed(meeting, actor);
    }

    // ---------------------------------------------------------------------------------------------

    /** Records that the person came; returns whether that is new. */
    private boolean attend(Meeting meeting, String username) {
        Instant now = clock.instant();
        Invitee invitee = invitees.findByMeetingIdAndUsernameIgnoreCase(meeting.getId(), username).orElseGet(() -> {
            Invitee added = new Invitee(meeting.getId(), username);
            added.register(Registration.ACCEPTED, now);
            return added;
        });
        if (!invitee.joined(now)) {
            return false;
        }
        invitees.saveAndFlush(invitee);
        return true;
    }
}
