package it.lombardia.codesign.dashboard;

import java.time.LocalDate;

/** What reviewers and clusters did in one week (Monday to Sunday) of a round. */
public record WeekCount(LocalDate monday, long submitted, long approved, long rejected, long changesRequested) {

    public long total() {
        return submitted + approved + rejected + changesRequested;
    }
}
