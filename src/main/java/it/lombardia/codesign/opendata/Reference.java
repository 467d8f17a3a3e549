package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;

/** An entry of the reference data (ecosystem, PNRR component, Horizon Europe cluster, technology cluster). */
@Schema(description = "An entry of the reference data: its stable code and its name in the language asked for.")
public record Reference(@Schema(description = "Stable code", example = "MANUFACTURING") String code,
                        @Schema(description = "Name in the requested language") String name) {
}
