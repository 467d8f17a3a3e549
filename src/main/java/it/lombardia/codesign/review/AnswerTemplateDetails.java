package it.lombardia.codesign.review;

import java.time.Instant;

/** A reusable answer reviewers insert into their public answers. */
public record AnswerTemplateDetails(long id, String title, String body, String createdBy, String updatedBy,
                                    Instant updatedAt, long version) {
}
