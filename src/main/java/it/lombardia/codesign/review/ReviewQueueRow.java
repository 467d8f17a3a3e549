package it.lombardia.codesign.review;

import it.lombardia.codesign.proposal.ProposalSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal in the review queue with its reviewers, the earliest day its review is due (the
 * signed-in reviewer's own when the queue shows only theirs), whether that review is overdue, and
 * how many assessments it has.
 */
public record ReviewQueueRow(ProposalSummary proposal, List<AssignmentDetails> assignments, LocalDate dueOn,
                             boolean overdue, int assessments) {

    public ReviewQueueRow {
        assignments = List.copyOf(assignments);
    }
}
