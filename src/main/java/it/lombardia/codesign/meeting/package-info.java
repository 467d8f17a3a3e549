/**
 * Working groups and their meetings: groups of one cluster or across clusters, meetings with an
 * agenda tied to the round's proposals, invitations, registration and attendance, calendar files,
 * reminders, the live room (presence, the chair's agenda followed by everyone, speaking queue, timer,
 * polls), minutes, decisions and action items, and the meeting report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working groups and meetings")
package it.lombardia.codesign.meeting;
