package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A macro-theme with its priorities, as part of an edition. */
@Schema(description = "A macro-theme of an edition with its priorities.")
public record MacroThemeData(
        long id,
        @Schema(description = "Position in the edition, as numbered in the Work Programme", example = "1") int number,
        String title,
        String description,
        @Schema(description = "The innovation ecosystems the macro-theme concerns") List<Reference> ecosystems,
        List<PriorityData> priorities) {
}
