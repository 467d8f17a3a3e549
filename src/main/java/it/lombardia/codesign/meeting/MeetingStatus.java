package it.lombardia.codesign.meeting;

/** Where a meeting is in its life: scheduled, running in its live room, ended, or called off. */
public enum MeetingStatus {
    SCHEDULED, LIVE, ENDED, CANCELLED;

    public String labelKey() {
        return "meeting.status." + name();
    }
}
