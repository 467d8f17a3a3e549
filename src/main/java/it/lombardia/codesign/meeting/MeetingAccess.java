package it.lombardia.codesign.meeting;

/**
 * What the viewer may do with a meeting. The service checks each of these again on every call; the
 * views only use them to offer the right buttons.
 *
 * @param manage      change, cancel, start and end it (the group's managers and the chair)
 * @param participate take part: join the room as a participant, speak, vote (invitees, members, chair)
 * @param register    answer the invitation or register (a participant of a meeting not yet started)
 * @param chair       run the room now (the current chair)
 * @param takeNotes   write the minutes, decisions and actions (the chair and the note-takers)
 * @param takeOver    become the chair (administrators always; the group's managers when the chair has left)
 */
public record MeetingAccess(boolean manage, boolean participate, boolean register, boolean chair, boolean takeNotes,
                            boolean takeOver) {
}
