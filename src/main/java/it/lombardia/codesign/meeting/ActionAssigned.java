package it.lombardia.codesign.meeting;

import java.time.LocalDate;

/** An action item of a meeting was given to someone (the owner hears of it unless they assigned it themselves). */
public record ActionAssigned(long meetingId, String meetingTitle, long actionId, String text, String owner,
                             LocalDate dueDate, String actor) {
}
