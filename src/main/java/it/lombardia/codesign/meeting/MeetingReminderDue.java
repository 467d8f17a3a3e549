package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.util.Set;

/**
 * A scheduled meeting starts soon: {@code recipients} are its invitees who have not declined. Published
 * once per meeting (and again only if its start moves), whatever the number of servers.
 */
public record MeetingReminderDue(long meetingId, String title, Instant startsAt, String onlineLink, String place,
                                 Set<String> recipients) {
}
