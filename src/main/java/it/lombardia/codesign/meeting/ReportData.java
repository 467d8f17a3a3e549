package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.util.List;

/**
 * The report of a meeting: who was invited and came, and per agenda item what was said (minutes),
 * decided and given to do. Until the meeting ends the report is not final: a scheduled
 * meeting's report shows only its agenda, a live one the records so far.
 */
public record ReportData(long meetingId, String title, String description, long groupId, String groupName,
                         PersonRef chair, MeetingStatus status, Instant startsAt, Instant endsAt,
                         int durationMinutes, String timeZone, String onlineLink, String place, Instant startedAt,
                         Instant endedAt, String cancelReason, List<InviteeView> attendance, List<Item> items,
                         boolean readerTakesNotes) {

    /** Whether anything was recorded yet: false for a meeting that has not started or was cancelled. */
    public boolean hasRecords() {
        return status == MeetingStatus.LIVE || status == MeetingStatus.ENDED;
    }

    public boolean isFinal() {
        return status == MeetingStatus.ENDED;
    }

    public long attendedCount() {
        return attendance.stream().filter(InviteeView::attended).count();
    }

    /**
     * One agenda item and its records. {@code sections} are the further sections (poll results)
     * that {@link ItemReportSections} beans add; they come after the actions.
     */
    public record Item(long id, int position, String title, String description, Integer durationMinutes,
                       int spentSeconds, List<ProposalRef> proposals, MinutesView minutes, List<DecisionView> decisions,
                       List<ActionView> actions, List<ReportSection> sections) {

        /** The minutes the meeting spent on the item, rounded, at least one; empty if it never came to it. */
        public java.util.OptionalInt minutesTaken() {
            return spentSeconds <= 0 ? java.util.OptionalInt.empty()
                    : java.util.OptionalInt.of(Math.max(1, Math.round(spentSeconds / 60f)));
        }

        /** "20 min planned · 27 min taken", as much as is known, in the words {@code translate} gives the keys. */
        public String timing(java.util.function.BiFunction<String, Integer, String> translate) {
            List<String> times = new java.util.ArrayList<>();
            if (durationMinutes != null) {
                times.add(translate.apply("report.minutes-planned", durationMinutes));
            }
            minutesTaken().ifPresent(minutes -> times.add(translate.apply("report.minutes-taken", minutes)));
            return String.join(" · ", times);
        }
    }
}
