package it.lombardia.codesign.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "review_assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private String reviewer;
    private String assignedBy;
    private Instant assignedAt;
    private LocalDate dueOn;
    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(long proposalId, String reviewer, String assignedBy, Instant assignedAt, LocalDate dueOn) {
        this.proposalId = proposalId;
        this.reviewer = reviewer;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.dueOn = dueOn;
    }

    Long getId() {
        return id;
    }

    long getProposalId() {
        return proposalId;
    }

    String getReviewer() {
        return reviewer;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    long getVersion() {
        return version;
    }

    void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    /** Overdue: the due date has passed and the proposal still waits for a decision. */
    boolean overdue(LocalDate today, boolean awaitingReview) {
        return awaitingReview && dueOn != null && dueOn.isBefore(today);
    }

    AssignmentDetails details(String reviewerName, LocalDate today, boolean awaitingReview) {
        return new AssignmentDetails(id, proposalId, reviewer, reviewerName, assignedBy, assignedAt, dueOn, version,
                overdue(today, awaitingReview));
    }
}
