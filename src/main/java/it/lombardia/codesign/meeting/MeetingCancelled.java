package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.util.Set;

/** A meeting was called off; {@code invitees} are everyone who was invited. */
public record MeetingCancelled(long meetingId, String title, Instant startsAt, String actor, String reason,
                               Set<String> invitees) {
}
