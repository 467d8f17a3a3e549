package it.lombardia.codesign.review;

import java.time.LocalDate;

/** A reviewer was assigned to a proposal, by an administrator or by taking it themselves. */
public record ReviewerAssigned(long proposalId, String proposalTitle, String reviewer, String assignedBy,
                               LocalDate dueOn) {
}
