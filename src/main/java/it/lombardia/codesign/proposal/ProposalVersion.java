package it.lombardia.codesign.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A proposal's content as saved once; never changed once written. */
@Entity
@Immutable
@Table(name = "proposal_version")
class ProposalVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    @Column(name = "version_no")
    private int number;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private String contentJson;
    private String savedBy;
    private Instant savedAt;

    protected ProposalVersion() {
    }

    ProposalVersion(long proposalId, int number, ProposalStatus status, String contentJson, String savedBy,
                    Instant savedAt) {
        this.proposalId = proposalId;
        this.number = number;
        this.status = status;
        this.contentJson = contentJson;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    int getNumber() {
        return number;
    }

    String getContentJson() {
        return contentJson;
    }

    ProposalStatus getStatus() {
        return status;
    }

    String getSavedBy() {
        return savedBy;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
