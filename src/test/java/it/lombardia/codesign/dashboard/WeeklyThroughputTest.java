package it.lombardia.codesign.dashboard;

import static it.lombardia.codesign.proposal.ProposalStatus.APPROVED;
import static it.lombardia.codesign.proposal.ProposalStatus.CHANGES_REQUESTED;
import static it.lombardia.codesign.proposal.ProposalStatus.DRAFT;
import static it.lombardia.codesign.proposal.ProposalStatus.REJECTED;
import static it.lombardia.codesign.proposal.ProposalStatus.RESUBMITTED;
import static it.lombardia.codesign.proposal.ProposalStatus.SUBMITTED;
import static it.lombardia.codesign.proposal.ProposalStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.StatusChange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyThroughputTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void weeksRunFromTheMondayOfTheFirstSubmissionToTheEnd() {
        // Wednesday 7 January 2026 to Tuesday 27 January 2026: the weeks of 5, 12, 19 and 26 January
        List<WeekCount> weeks = WeeklyThroughput.of(List.of(
                change(1, DRAFT, SUBMITTED, "2026-01-07T10:00"),
                change(1, SUBMITTED, UNDER_REVIEW, "2026-01-08T10:00"),
                change(1, UNDER_REVIEW, CHANGES_REQUESTED, "2026-01-12T09:00"),
                change(1, CHANGES_REQUESTED, RESUBMITTED, "2026-01-18T23:30"),
                change(2, DRAFT, SUBMITTED, "2026-01-19T08:00"),
                change(1, RESUBMITTED, APPROVED, "2026-01-20T08:00"),
                change(2, SUBMITTED, REJECTED, "2026-01-26T08:00")), LocalDate.of(2026, 1, 27), ROME);

        assertThat(weeks).extracting(WeekCount::monday).containsExactly(LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
        assertThat(weeks.get(0)).isEqualTo(new WeekCount(LocalDate.of(2026, 1, 5), 1, 0, 0, 0));
        // a resubmission late on Sunday (Italian time) still belongs to that week
        assertThat(weeks.get(1)).isEqualTo(new WeekCount(LocalDate.of(2026, 1, 12), 1, 0, 0, 1));
        assertThat(weeks.get(2)).isEqualTo(new WeekCount(LocalDate.of(2026, 1, 19), 1, 1, 0, 0));
        assertThat(weeks.get(3)).isEqualTo(new WeekCount(LocalDate.of(2026, 1, 26), 0, 0, 1, 0));
    }

    @Test
    void quietWeeksAreKeptAndNothingSubmittedMeansNoWeeks() {
        List<WeekCount> weeks = WeeklyThroughput.of(List.of(change(1, DRAFT, SUBMITTED, "2026-03-02T10:00")),
                LocalDate.of(2026, 3, 20), ROME);
        assertThat(weeks).hasSize(3);
        assertThat(weeks.get(1).total()).isZero();
        assertThat(weeks.get(2).total()).isZero();

        assertThat(WeeklyThroughput.of(List.of(), LocalDate.of(2026, 3, 20), ROME)).isEmpty();
        assertThat(WeeklyThroughput.of(List.of(change(1, DRAFT, ProposalStatus.WITHDRAWN, "2026-03-02T10:00")),
                LocalDate.of(2026, 3, 20), ROME)).isEmpty();
    }

    @Test
    void aChangeAfterTheEndStillGetsItsWeek() {
        List<WeekCount> weeks = WeeklyThroughput.of(List.of(change(1, DRAFT, SUBMITTED, "2026-03-02T10:00"),
                change(1, SUBMITTED, APPROVED, "2026-03-10T10:00")), LocalDate.of(2026, 3, 3), ROME);
        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(1).approved()).isEqualTo(1);
    }

    private static StatusChange change(long id, ProposalStatus from, ProposalStatus to, String at) {
        return new StatusChange(id, from, to, LocalDateTime.parse(at).atZone(ROME).toInstant());
    }
}
