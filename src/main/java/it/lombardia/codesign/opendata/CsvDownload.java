package it.lombardia.codesign.opendata;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV file sent as a download with a name that says what it holds, in the language of its names. */
final class CsvDownload {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String CSV_VALUE = "text/csv";

    private CsvDownload() {
    }

    static ResponseEntity<byte[]> of(CsvTable table, String fileName) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(table.bytes());
    }

    /** e.g. priorities-2024-2025.csv, or priorita-2024-2025.csv in Italian. */
    static String fileName(Language language, String english, String italian, String period) {
        String base = language == Language.IT ? italian : english;
        return (period == null ? base : base + "-" + period.replaceAll("[^A-Za-z0-9-]", "-")) + ".csv";
    }
}
