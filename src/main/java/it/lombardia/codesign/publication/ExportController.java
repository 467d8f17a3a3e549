package it.lombardia.codesign.publication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Finished export jobs over HTTP, for the person who started them. */
@RestController
class ExportController {

    private final ExportJobs jobs;

    ExportController(ExportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/exports/{jobId}")
    ResponseEntity<byte[]> download(@PathVariable("jobId") String jobId, Authentication authentication) {
        if (authentication == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return switch (jobs.download(jobId, authentication.getName())) {
            case ExportJobs.NotFound ignored -> ResponseEntity.notFound().build();
            case ExportJobs.Forbidden ignored -> ResponseEntity.status(HttpStatus.FORBIDDEN).build();
            case ExportJobs.Ready ready -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(ready.file().contentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(ready.file().fileName()).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(ready.file().bytes());
        };
    }
}
