package it.lombardia.codesign.meeting;

/** The routes that show a meeting and its parts, for views, notifications and calendar files. */
public final class MeetingLinks {

    public static final String MEETINGS = "meetings";
    public static final String GROUPS = "working-groups";
    /** The room's query parameters: which tab is open, which agenda item is shown. */
    public static final String TAB = "tab";
    public static final String RECORDS_TAB = "records";
    public static final String ITEM = "item";

    private MeetingLinks() {
    }

    public static String meeting(long id) {
        return MEETINGS + "/" + id;
    }

    public static String room(long id) {
        return MEETINGS + "/" + id + "/room";
    }

    /** The room open at an item's minutes and decisions (its Records tab), to write or correct them. */
    public static String roomRecords(long id, long itemId) {
        return room(id) + "?" + TAB + "=" + RECORDS_TAB + "&" + ITEM + "=" + itemId;
    }

    public static String report(long id) {
        return MEETINGS + "/" + id + "/report";
    }

    public static String group(long id) {
        return GROUPS + "/" + id;
    }
}
