package it.lombardia.codesign.programme;

import java.time.LocalDate;

/** Published inside the adoption's transaction: the edition is read-only and in force from now on. */
public record EditionAdopted(long editionId, String periodLabel, String actReference, LocalDate adoptedOn,
                             String actor) {
}
