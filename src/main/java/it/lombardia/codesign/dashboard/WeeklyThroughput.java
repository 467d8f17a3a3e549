package it.lombardia.codesign.dashboard;

import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.StatusChange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a round's state changes into weeks, from the week of its first submission to the week of
 * {@code end}: submissions (first ones and resubmissions), approvals, rejections and requests for
 * changes. Weeks start on Monday, as they do in Italy; days are the Region's days.
 */
public final class WeeklyThroughput {

    private WeeklyThroughput() {
    }

    /** No weeks at all while nothing has been submitted. */
    public static List<WeekCount> of(List<StatusChange> changes, LocalDate end, ZoneId zone) {
        LocalDate first = changes.stream().filter(c -> isSubmission(c.to()))
                .map(c -> c.at().atZone(zone).toLocalDate()).min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return List.of();
        }
        // a change dated after the chosen end (a clock a little ahead) still gets its week
        LocalDate last = changes.stream().map(c -> c.at().atZone(zone).toLocalDate()).max(LocalDate::compareTo)
                .filter(d -> d.isAfter(end)).orElse(end);
        LocalDate start = monday(first);
        int weeks = (int) ChronoUnit.WEEKS.between(start, monday(last)) + 1;
        long[][] counts = new long[Math.max(weeks, 1)][4];
        for (StatusChange change : changes) {
            LocalDate day = change.at().atZone(zone).toLocalDate();
            if (day.isBefore(start)) {
                continue;
            }
            int week = (int) ChronoUnit.WEEKS.between(start, monday(day));
            int column = column(change.to());
            if (column >= 0 && week < counts.length) {
                counts[week][column]++;
            }
        }
        List<WeekCount> result = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            result.add(new WeekCount(start.plusWeeks(i), counts[i][0], counts[i][1], counts[i][2], counts[i][3]));
        }
        return result;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static boolean isSubmission(ProposalStatus to) {
        return to == ProposalStatus.SUBMITTED || to == ProposalStatus.RESUBMITTED;
    }

    private static int column(ProposalStatus to) {
        if (isSubmission(to)) {
            return 0;
        }
        return switch (to) {
            case APPROVED -> 1;
            case REJECTED -> 2;
            case CHANGES_REQUESTED -> 3;
            default -> -1;
        };
    }
}
