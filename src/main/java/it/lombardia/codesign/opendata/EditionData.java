package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** An edition with its whole content. */
@Schema(description = "An edition of the Work Programme with its macro-themes and their priorities.")
public record EditionData(
        long id,
        @Schema(example = "2024-2025") String period,
        int startYear,
        int endYear,
        @Schema(allowableValues = {"ADOPTED", "DRAFT"}) String status,
        String actReference,
        LocalDate adoptedOn,
        @Schema(description = "Language of the reference names (en or it)", example = "en") String language,
        List<MacroThemeData> macroThemes) {
}
