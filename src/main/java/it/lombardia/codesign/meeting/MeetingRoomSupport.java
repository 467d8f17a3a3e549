package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What the live room's services ({@link MeetingRoom}, {@link SpeakingQueue}) share: reading and
 * writing the meeting's room state with its version check, who may act in the room, and telling the
 * audit log and the open rooms about a change. Runs in the callers' transactions.
 */
@Component
class MeetingRoomSupport {

    private final MeetingRepository meetings;
    private final InviteeRepository invitees;
    private final MeetingViews views;
    private final AccountDirectory directory;
    private final ApplicationEventPublisher events;
    private final LiveBus live;

    MeetingRoomSupport(MeetingRepository meetings, InviteeRepository invitees, MeetingViews views,
                       AccountDirectory directory, ApplicationEventPublisher events, LiveBus live) {
        this.meetings = meetings;
        this.invitees = invitees;
        this.views = views;
        this.directory = directory;
        this.events = events;
        this.live = live;
    }

    Meeting load(long id) {
        return meetings.findById(id).orElseThrow(() -> new TranslatableException("meeting.error.no-such-meeting"));
    }

    /** Writes the room's state; someone else's change in between (the row's version moved on) refuses it. */
    void save(Meeting meeting) {
        try {
            meetings.saveAndFlush(meeting);
        } catch (OptimisticLockingFailureException e) {
            throw new TranslatableException("error.stale");
        }
    }

    /** Whether someone other than the actor takes part: the chair, an invitee or a member of the group. */
    boolean isParticipant(Meeting meeting, String username) {
        if (username == null || directory.contact(username).isEmpty()) {
            return false;
        }
        return username.equalsIgnoreCase(meeting.getChair())
                || invitees.findByMeetingIdAndUsernameIgnoreCase(meeting.getId(), username).isPresent()
                || views.groupOf(meeting).getMembers().stream().anyMatch(m -> m.equalsIgnoreCase(username));
    }

    /** The username as the directory spells it, so that it matches the presence and the queue. */
    String canonical(long meetingId, String username) {
        return invitees.findByMeetingIdAndUsernameIgnoreCase(meetingId, username).map(Invitee::getUsername)
                .or(() -> directory.contact(username).map(c -> c.username())).orElse(username);
    }

    void requireParticipant(Actor actor, Meeting meeting) {
        if (!MeetingRules.isParticipant(actor, views.groupOf(meeting), meeting,
                invitees.findByMeetingIdAndUsernameIgnoreCase(meeting.getId(), actor.username()))) {
            throw new NotPermittedException("room.error.not-participant");
        }
    }

    void requireChair(Actor actor, Meeting meeting) {
        if (!MeetingRules.isChair(actor, meeting)) {
            throw new NotPermittedException("room.error.not-chair");
        }
    }

    void requireLive(Meeting meeting) {
        switch (meeting.getStatus()) {
            case LIVE -> {
                // fine
            }
            case CANCELLED -> throw new TranslatableException("room.error.cancelled");
            case ENDED -> throw new TranslatableException("room.error.ended");
            case SCHEDULED -> throw new TranslatableException("room.error.not-started");
        }
    }

    void audit(Actor actor, Meeting meeting, String action, Object before, Object after) {
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(meeting.getId()), action,
                before, after));
    }

    void changed(Meeting meeting, Actor actor) {
        live.publish(MeetingChanges.message(meeting.getId(), meeting.getGroupId(), MeetingChanges.ROOM,
                actor.username()));
    }
}
