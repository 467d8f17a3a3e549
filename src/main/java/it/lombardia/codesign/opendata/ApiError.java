package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an API client gets instead of data. */
@Schema(description = "An error: the HTTP status, a stable code and an English explanation.")
public record ApiError(@Schema(example = "404") int status,
                       @Schema(example = "not-found") String error,
                       String message) {
}
