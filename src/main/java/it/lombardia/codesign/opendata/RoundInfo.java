package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** An EDP round. */
@Schema(description = "An Entrepreneurial Discovery Process round, which prepares an edition.")
public record RoundInfo(
        long id,
        @Schema(example = "EDP 2026-2027") String title,
        @Schema(description = "The edition the round prepares") long editionId,
        String editionPeriod,
        LocalDate opensOn,
        LocalDate closesOn,
        @Schema(allowableValues = {"PLANNED", "OPEN", "CLOSED"}) String status,
        @Schema(description = "Current phase of the round", example = "DRAFTING") String phase) {
}
