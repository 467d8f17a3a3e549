package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.util.Set;

/**
 * A meeting was scheduled, or people were added to a scheduled meeting: {@code invitees} are those
 * newly invited (the organiser excluded is up to the listener).
 */
public record MeetingScheduled(long meetingId, String title, Instant startsAt, String actor, Set<String> invitees) {
}
