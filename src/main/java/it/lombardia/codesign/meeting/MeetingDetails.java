package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting as people see it, with the state of its live room (current item, timer, floor) and what
 * the viewer may do with it. {@code myRegistration} is null when the viewer is not invited.
 */
public record MeetingDetails(long id, long groupId, String groupName, Set<String> groupClusterCodes, Long roundId,
                             String title, String description, Instant startsAt, Instant endsAt, int durationMinutes,
                             String timeZone, String onlineLink, String place, PersonRef chair, MeetingStatus status,
                             String cancelReason, Instant startedAt, Instant endedAt, Long currentItemId,
                             Long timerItemId, Instant timerEndsAt, String floorHolder, List<AgendaItemView> agenda,
                             List<InviteeView> invitees, Registration myRegistration, MeetingAccess access,
                             long version) {

    public Optional<AgendaItemView> item(long itemId) {
        return agenda.stream().filter(i -> i.id() == itemId).findFirst();
    }

    public Optional<AgendaItemView> currentItem() {
        return currentItemId == null ? Optional.empty() : item(currentItemId);
    }

    public MeetingDraft draft() {
        return new MeetingDraft(groupId, roundId, title, description, startsAt, durationMinutes, onlineLink, place,
                chair.username(), agenda.stream().map(AgendaItemView::draft).toList(),
                invitees.stream().map(InviteeView::username).collect(java.util.stream.Collectors.toSet()),
                invitees.stream().filter(InviteeView::noteTaker).map(InviteeView::username)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
