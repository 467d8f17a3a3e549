package it.lombardia.codesign.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "assessment")
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private String reviewer;
    private int alignment;
    private int impact;
    private int feasibility;
    private String comment;
    private String privateNotes;
    private String publicAnswer;
    private String sentAnswer;
    private Instant answerSentAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(long proposalId, String reviewer, Instant createdAt) {
        this.proposalId = proposalId;
        this.reviewer = reviewer;
        this.createdAt = createdAt;
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

    long getVersion() {
        return version;
    }

    String getPublicAnswer() {
        return publicAnswer;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getSentAnswer() {
        return sentAnswer;
    }

    Instant getAnswerSentAt() {
        return answerSentAt;
    }

    /**
     * Sends the public answer as it reads now; true when that changed what the clusters read. An
     * answer cleared after it was sent stays sent: the clusters have read it.
     */
    boolean sendAnswer(Instant at) {
        if (publicAnswer == null || publicAnswer.equals(sentAnswer)) {
            return false;
        }
        sentAnswer = publicAnswer;
        answerSentAt = at;
        return true;
    }

    void apply(AssessmentDraft draft, Instant at) {
        alignment = draft.alignment();
        impact = draft.impact();
        feasibility = draft.feasibility();
        comment = blankToNull(draft.comment());
        privateNotes = blankToNull(draft.privateNotes());
        publicAnswer = blankToNull(draft.publicAnswer());
        updatedAt = at;
    }

    AssessmentDetails details(String reviewerName) {
        return new AssessmentDetails(id, proposalId, reviewer, reviewerName, alignment, impact, feasibility, comment,
                privateNotes, publicAnswer, createdAt, updatedAt, version, answerSentAt,
                publicAnswer != null && publicAnswer.equals(sentAnswer));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
