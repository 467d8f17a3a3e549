package it.lombardia.codesign.meeting;

import java.time.Instant;

/** A line of a meeting list; {@code myRegistration} is null when the viewer is not invited. */
public record MeetingSummary(long id, long groupId, String groupName, String title, Instant startsAt, Instant endsAt,
                             MeetingStatus status, String chairName, int invitees, int accepted,
                             Registration myRegistration) {
}
