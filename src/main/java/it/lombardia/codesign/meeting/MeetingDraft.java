package it.lombardia.codesign.meeting;

import it.lombardia.codesign.shared.Lombardy;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A meeting as the organiser schedules it. Times are instants shown in Italian time
 * ({@link Lombardy#ZONE}); invitees and note-takers are usernames (note-takers are invitees too).
 */
public record MeetingDraft(long groupId, Long roundId, String title, String description, Instant startsAt,
                           int durationMinutes, String onlineLink, String place, String chair,
                           List<AgendaItemDraft> agenda, Set<String> invitees, Set<String> noteTakers) {

    public MeetingDraft {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        invitees = invitees == null ? Set.of() : Set.copyOf(invitees);
        noteTakers = noteTakers == null ? Set.of() : Set.copyOf(noteTakers);
    }
}
