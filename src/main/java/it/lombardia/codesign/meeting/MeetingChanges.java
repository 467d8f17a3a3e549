package it.lombardia.codesign.meeting;

import it.lombardia.codesign.live.LiveMessage;
import java.util.function.Predicate;

/**
 * Live messages of this feature: topic {@value #TOPIC}, with the meeting's id, its group's id and
 * {@code part} saying what changed, so a view re-reads only what it shows.
 */
public final class MeetingChanges {

    public static final String TOPIC = "meeting";
    /** The meeting itself: details, agenda, invitees, registration, status. */
    public static final String DETAILS = "details";
    /** The live room: current item, timer, floor, speaking queue, chair. */
    public static final String ROOM = "room";
    /** Minutes, decisions, action items. */
    public static final String RECORDS = "records";
    /** Working groups. */
    public static final String GROUP = "group";

    private MeetingChanges() {
    }

    static LiveMessage message(long meetingId, long groupId, String part, String by) {
        return LiveMessage.of(TOPIC, "meeting", String.valueOf(meetingId), "group", String.valueOf(groupId),
                "part", part, "by", by);
    }

    static LiveMessage group(long groupId, String by) {
        return LiveMessage.of(TOPIC, "group", String.valueOf(groupId), "part", GROUP, "by", by);
    }

    /** Any change to the meeting. */
    public static Predicate<LiveMessage> about(long meetingId) {
        return m -> m.is(TOPIC) && m.has("meeting", meetingId);
    }

    /** Changes of one part of the meeting. */
    public static Predicate<LiveMessage> about(long meetingId, String part) {
        return m -> m.is(TOPIC) && m.has("meeting", meetingId) && m.has("part", part);
    }

    /** Any meeting or working group change: for lists. */
    public static Predicate<LiveMessage> any() {
        return m -> m.is(TOPIC);
    }
}
