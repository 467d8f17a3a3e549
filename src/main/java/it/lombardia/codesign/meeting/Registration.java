package it.lombardia.codesign.meeting;

/** An invitee's answer: not yet given, coming, or not coming. */
public enum Registration {
    INVITED, ACCEPTED, DECLINED;

    public String labelKey() {
        return "meeting.registration." + name();
    }
}
