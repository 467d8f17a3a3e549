package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** An edition of the Work Programme without its content. */
@Schema(description = "An edition of the Research and Innovation Work Programme.")
public record EditionInfo(
        @Schema(description = "Identifier used in the other addresses", example = "1") long id,
        @Schema(description = "The two years the edition covers", example = "2024-2025") String period,
        int startYear,
        int endYear,
        @Schema(description = "ADOPTED (in force or past) or DRAFT (in preparation)", allowableValues = {"ADOPTED", "DRAFT"})
        String status,
        @Schema(description = "The act that adopted the edition; null while in preparation") String actReference,
        @Schema(description = "Date of adoption (ISO 8601); null while in preparation") LocalDate adoptedOn,
        int macroThemeCount,
        int priorityCount) {
}
