package it.lombardia.codesign.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reviewer assigned to a proposal, with the day the review is due (none when the round has no
 * review phase planned). Overdue when that day has passed and the proposal still awaits review.
 */
public record AssignmentDetails(long id, long proposalId, String reviewer, String reviewerName, String assignedBy,
                                Instant assignedAt, LocalDate dueOn, long version, boolean overdue) {
}
