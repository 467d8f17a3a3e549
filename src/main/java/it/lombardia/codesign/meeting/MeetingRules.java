package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.live.Participant;
import it.lombardia.codesign.live.Presence;
import it.lombardia.codesign.shared.NotPermittedException;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may do what with working groups and meetings. Region staff manage every group; a cluster
 * representative manages the groups of their clusters. Everyone signed in may read groups, meetings
 * and reports (the co-design is public within the workspace); taking part is for the invitees, the
 * group's members and the chair.
 */
@Component
class MeetingRules {

    private final Presence presence;

    MeetingRules(Presence presence) {
        this.presence = presence;
    }

    /** The presence place of a meeting's live room. */
    static String roomPlace(long meetingId) {
        return "meeting-room:" + meetingId;
    }

    static boolean mayManageGroup(Actor actor, Collection<String> groupClusters) {
        return actor.isRegionStaff() || (actor.has(Role.REPRESENTATIVE) && actor.belongsToAnyOf(groupClusters));
    }

    static boolean mayManageGroup(Actor actor, WorkingGroup group) {
        return mayManageGroup(actor, group.getClusterCodes());
    }

    static void requireManage(Actor actor, WorkingGroup group) {
        if (!mayManageGroup(actor, group)) {
            throw new NotPermittedException("meeting.error.not-group-manager");
        }
    }

    static boolean mayManage(Actor actor, WorkingGroup group, Meeting meeting) {
        return mayManageGroup(actor, group) || isChair(actor, meeting);
    }

    static boolean isChair(Actor actor, Meeting meeting) {
        return meeting.getChair().equalsIgnoreCase(actor.username());
    }

    static boolean isParticipant(Actor actor, WorkingGroup group, Meeting meeting, Optional<Invitee> invitee) {
        if (actor.has(Role.OBSERVER) && !actor.isRegionStaff() && invitee.isEmpty()) {
            return false;
        }
        return isChair(actor, meeting) || invitee.isPresent()
                || group.getMembers().stream().anyMatch(m -> m.equalsIgnoreCase(actor.username()));
    }

    static boolean mayTakeNotes(Actor actor, Meeting meeting, Optional<Invitee> invitee) {
        return isChair(actor, meeting) || invitee.map(Invitee::isNoteTaker).orElse(false);
    }

    /** Administrators may always take the chair; the group's managers only when the chair has left the room. */
    boolean mayTakeOver(Actor actor, WorkingGroup group, Meeting meeting) {
        if (isChair(actor, meeting) || meeting.getStatus() != MeetingStatus.LIVE) {
            return false;
        }
        return actor.isAdmin() || (mayManageGroup(actor, group) && !chairInRoom(meeting));
    }

    boolean chairInRoom(Meeting meeting) {
        return presence.at(roomPlace(meeting.getId())).stream().map(Participant::username)
                .anyMatch(u -> u.equalsIgnoreCase(meeting.getChair()));
    }

    MeetingAccess access(Actor actor, WorkingGroup group, Meeting meeting, Optional<Invitee> invitee) {
        boolean open = meeting.getStatus() == MeetingStatus.SCHEDULED || meeting.getStatus() == MeetingStatus.LIVE;
        boolean participant = isParticipant(actor, group, meeting, invitee);
        boolean live = meeting.getStatus() == MeetingStatus.LIVE;
        return new MeetingAccess(open && mayManage(actor, group, meeting), participant && open,
                participant && meeting.getStatus() == MeetingStatus.SCHEDULED, live && isChair(actor, meeting),
                meeting.getStatus() != MeetingStatus.CANCELLED && mayTakeNotes(actor, meeting, invitee), mayTakeOver(actor, group, meeting));
    }
}
