package it.lombardia.codesign.audit;

import java.time.Instant;

/**
 * What the administrator looks for in the log; a null (or blank) field does not filter.
 *
 * @param entityType exactly this kind of thing, e.g. {@code "account"}
 * @param actor      part of the acting user's username, any case
 * @param text       part of the entity id, the action or the changed fields, any case
 * @param from       entries at or after this instant
 * @param to         entries before this instant
 */
public record AuditFilter(String entityType, String actor, String text, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter withEntityType(String value) {
        return new AuditFilter(value, actor, text, from, to);
    }

    public AuditFilter withActor(String value) {
        return new AuditFilter(entityType, value, text, from, to);
    }

    public AuditFilter withText(String value) {
        return new AuditFilter(entityType, actor, value, from, to);
    }

    public AuditFilter between(Instant fromInclusive, Instant toExclusive) {
        return new AuditFilter(entityType, actor, text, fromInclusive, toExclusive);
    }
}
