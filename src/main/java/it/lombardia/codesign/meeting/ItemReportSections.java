package it.lombardia.codesign.meeting;

import java.util.List;
import java.util.Locale;

/**
 * Adds sections to an agenda item in the meeting report (poll results, for one). Every bean of this
 * type is asked, in {@code @Order}, for each item; its sections come after the item's actions, on
 * the page and in the PDF alike. Called with the reader signed in, inside the report's read-only
 * transaction.
 */
public interface ItemReportSections {

    List<ReportSection> sections(long meetingId, long itemId, Locale locale);
}
