package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;

/** A UN Sustainable Development Goal, by number. */
@Schema(description = "A UN Sustainable Development Goal (Agenda 2030).")
public record Goal(@Schema(description = "Goal number, 1 to 17", example = "9") int number,
                   @Schema(description = "Title in the requested language") String name) {
}
