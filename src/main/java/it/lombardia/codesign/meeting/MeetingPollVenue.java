package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.poll.PollVenue;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as the place where polls are held: everyone signed in sees them, the chair of a running
 * meeting (or an administrator) runs them, its participants vote, and the turnout counts those who
 * came to the room. Its own transaction (joining the poll service's) lets it be asked directly too.
 */
@Component
@Transactional(readOnly = true)
class MeetingPollVenue implements PollVenue {

    static final String TYPE = MeetingRoom.POLL_VENUE;

    private final MeetingRepository meetings;
    private final InviteeRepository invitees;
    private final MeetingViews views;

    MeetingPollVenue(MeetingRepository meetings, InviteeRepository invitees, MeetingViews views) {
        this.meetings = meetings;
        this.invitees = invitees;
        this.views = views;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<String> title(long venueId) {
        return meetings.findById(venueId).map(Meeting::getTitle);
    }

    @Override
    public boolean mayView(long venueId, Actor actor) {
        return actor != null && meetings.existsById(venueId);
    }

    @Override
    public boolean mayRun(long venueId, Actor actor) {
        return meetings.findById(venueId).filter(m -> m.getStatus() == MeetingStatus.LIVE)
                .map(m -> MeetingRules.isChair(actor, m) || actor.isAdmin()).orElse(false);
    }

    @Override
    public boolean mayVote(long venueId, Actor actor) {
        return meetings.findById(venueId).filter(m -> m.getStatus() == MeetingStatus.LIVE)
                .map(m -> MeetingRules.isParticipant(actor, views.groupOf(m), m,
                        invitees.findByMeetingIdAndUsernameIgnoreCase(venueId, actor.username())))
                .orElse(false);
    }

    @Override
    public int electorate(long venueId) {
        return (int) Math.max(1, invitees.countByMeetingIdAndAttendedTrue(venueId));
    }
}
