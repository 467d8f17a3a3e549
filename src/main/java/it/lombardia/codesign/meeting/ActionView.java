package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action item: what, who, by when (optional), whether done. {@code mayMarkDone}: the viewer may
 * tick it (its owner, the chair and the note-takers).
 */
public record ActionView(long id, long meetingId, long itemId, String text, PersonRef owner, LocalDate dueDate,
                         boolean done, PersonRef recordedBy, Instant recordedAt, boolean mayMarkDone) {
}
