package it.lombardia.codesign.meeting;

/** The routes that show a meeting and its parts, for views, notifications and calendar files. */
public final class MeetingLinks {

    public static final String MEETINGS = "meetings";
    public static final String GROUPS = "working-groups";

    private MeetingLinks() {
    }

    public static String meeting(long id) {
        return MEETINGS + "/" + id;
    }

    public static String room(long id) {
        return MEETINGS + "/" + id + "/room";
    }

    public static String report(long id) {
        return MEETINGS + "/" + id + "/report";
    }

    public static String group(long id) {
        return GROUPS + "/" + id;
    }
}
