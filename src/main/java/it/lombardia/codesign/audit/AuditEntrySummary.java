package it.lombardia.codesign.audit;

import java.time.Instant;

/**
 * One entry of the audit log as the list shows it, without the thing's fields (which can be large:
 * {@link AuditLog#find} gives them).
 *
 * @param summary the fields that differ, comma-separated; empty when only one side exists
 */
public record AuditEntrySummary(long id, Instant occurredAt, String actor, String entityType, String entityId,
                                String action, String summary) {

    public AuditEntrySummary {
        summary = summary == null ? "" : summary;
    }
}
