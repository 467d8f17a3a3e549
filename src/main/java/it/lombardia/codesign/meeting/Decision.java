package it.lombardia.codesign.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A decision recorded for an agenda item; withdrawing it keeps it, marked, so the record stays honest. */
@Entity
@Table(name = "meeting_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private long itemId;
    private String body;
    private Long proposalId;
    private String recordedBy;
    private Instant recordedAt;
    private String withdrawnBy;
    private Instant withdrawnAt;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Version
    private long version;

    protected Decision() {
    }

    Decision(long meetingId, long itemId, String body, Long proposalId, String by, Instant at) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.body = body;
        this.proposalId = proposalId;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void withdraw(String by, Instant at, String reason) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawReason = reason;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    long getItemId() {
        return itemId;
    }

    String getBody() {
        return body;
    }

    Long getProposalId() {
        return proposalId;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    String getWithdrawnBy() {
        return withdrawnBy;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    String getWithdrawReason() {
        return withdrawReason;
    }
}
