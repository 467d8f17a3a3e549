package it.lombardia.codesign.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One kept change. Immutable: Hibernate never writes an update for it, and there are no setters. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int JSON_MAX = 100_000;
    static final int SUMMARY_MAX = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String entityType;
    private String entityId;
    private String action;
    private String summary;
    @Column(length = JSON_MAX)
    private String beforeJson;
    @Column(length = JSON_MAX)
    private String afterJson;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String entityType, String entityId, String action, String summary,
               String beforeJson, String afterJson) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    Long getId() {
        return id;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getEntityType() {
        return entityType;
    }

    String getEntityId() {
        return entityId;
    }

    String getAction() {
        return action;
    }

    String getSummary() {
        return summary;
    }

    String getBeforeJson() {
        return beforeJson;
    }

    String getAfterJson() {
        return afterJson;
    }
}
