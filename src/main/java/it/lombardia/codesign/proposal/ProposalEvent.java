package it.lombardia.codesign.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An entry of a proposal's history; never changed once written. */
@Entity
@Immutable
@Table(name = "proposal_event")
class ProposalEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    @Enumerated(EnumType.STRING)
    private HistoryKind kind;
    @Enumerated(EnumType.STRING)
    private ProposalStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private ProposalStatus toStatus;
    private String actor;
    private Instant occurredAt;
    private String reason;
    private String clusterCode;
    private Long relatedProposalId;
    private Integer versionNumber;
    private String sourceTitle;
    private String sourceLink;
    private String note;

    protected ProposalEvent() {
    }

    ProposalEvent(long proposalId, HistoryKind kind, String actor, Instant at) {
        this.proposalId = proposalId;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = at;
    }

    ProposalEvent transition(ProposalStatus from, ProposalStatus to) {
        this.fromStatus = from;
        this.toStatus = to;
        return this;
    }

    ProposalEvent reason(String text) {
        this.reason = text;
        return this;
    }

    ProposalEvent cluster(String code) {
        this.clusterCode = code;
        return this;
    }

    ProposalEvent related(Long proposal) {
        this.relatedProposalId = proposal;
        return this;
    }

    ProposalEvent version(Integer number) {
        this.versionNumber = number;
        return this;
    }

    ProposalEvent source(String title, String link) {
        this.sourceTitle = title;
        this.sourceLink = link;
        return this;
    }

    ProposalEvent note(String text) {
        this.note = text;
        return this;
    }

    HistoryEntry entry() {
        return new HistoryEntry(proposalId, kind, fromStatus, toStatus, actor, occurredAt, reason, clusterCode,
                relatedProposalId, versionNumber, sourceTitle, sourceLink, note);
    }
}
