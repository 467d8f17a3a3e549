package it.lombardia.codesign.programme;

import java.time.LocalDate;

public record EditionSummary(long id, String periodLabel, int startYear, int endYear, EditionStatus status,
                             String actReference, LocalDate adoptedOn) {
    public boolean adopted() {
        return status == EditionStatus.ADOPTED;
    }
}
