package it.lombardia.codesign.round;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

public record RoundSummary(long id, long editionId, String editionPeriod, String title, LocalDate opensOn,
                           LocalDate closesOn, RoundStatus status) {

    public boolean open() {
        return status == RoundStatus.OPEN;
    }

    /** Days until the round closes, counting today; zero once the closing date has passed. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, closesOn));
    }
}
