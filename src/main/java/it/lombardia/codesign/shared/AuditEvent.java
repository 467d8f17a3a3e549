package it.lombardia.codesign.shared;

/**
 * A change worth keeping in the audit log. Features publish it inside the transaction that makes the
 * change, so that the log holds a change exactly when the change is committed. {@code before} and
 * {@code after} are the records the feature shows of the thing (null when it did not exist before or
 * does not exist after); secrets must never be in them.
 */
public record AuditEvent(String actor, String entityType, String entityId, String action, Object before,
                         Object after) {

    public AuditEvent {
        if (actor == null || entityType == null || entityId == null || action == null) {
            throw new IllegalArgumentException("actor, entity type, entity id and action are required");
        }
    }
}
