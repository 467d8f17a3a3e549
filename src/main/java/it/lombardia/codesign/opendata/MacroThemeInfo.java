package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A macro-theme without its priorities, for the flat list. */
@Schema(description = "A macro-theme of an edition, without its priorities.")
public record MacroThemeInfo(
        long id,
        @Schema(description = "Position in the edition, as numbered in the Work Programme", example = "1") int number,
        String title,
        String description,
        @Schema(description = "The innovation ecosystems the macro-theme concerns") List<Reference> ecosystems,
        int priorityCount) {
}
