package it.lombardia.codesign.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "proposal_invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;
    private String clusterCode;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status;
    private String invitedBy;
    private Instant invitedAt;
    private String answeredBy;
    private Instant answeredAt;

    protected Invitation() {
    }

    Invitation(Proposal proposal, String clusterCode, InvitationStatus status, String by, Instant at) {
        this.proposal = proposal;
        this.clusterCode = clusterCode;
        this.status = status;
        this.invitedBy = by;
        this.invitedAt = at;
        if (status == InvitationStatus.ACCEPTED) {
            answeredBy = by;
            answeredAt = at;
        }
    }

    String getClusterCode() {
        return clusterCode;
    }

    InvitationStatus getStatus() {
        return status;
    }

    /** Pending or accepted: the cluster is (to be) a co-proposer. */
    boolean standing() {
        return status == InvitationStatus.PENDING || status == InvitationStatus.ACCEPTED;
    }

    void reinvite(String by, Instant at) {
        status = InvitationStatus.PENDING;
        invitedBy = by;
        invitedAt = at;
        answeredBy = null;
        answeredAt = null;
    }

    void answer(InvitationStatus answer, String by, Instant at) {
        status = answer;
        answeredBy = by;
        answeredAt = at;
    }

    InvitationView view() {
        return new InvitationView(clusterCode, status, invitedBy, invitedAt, answeredBy, answeredAt);
    }
}
