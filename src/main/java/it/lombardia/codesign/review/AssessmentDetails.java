package it.lombardia.codesign.review;

import java.time.Instant;

/** A reviewer's assessment as region staff see it, private notes included. */
public record AssessmentDetails(long id, long proposalId, String reviewer, String reviewerName, int alignment,
                                int impact, int feasibility, String comment, String privateNotes,
                                String publicAnswer, Instant createdAt, Instant updatedAt, long version,
                                Instant answerSentAt, boolean answerSent) {
}
