package it.lombardia.codesign.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of the audit log in full, as administrators compare it. {@code before} and {@code after}
 * map each field of the thing to its text: nested fields joined with a dot ({@code owner.name}),
 * collections as a sorted comma-separated list, in the order the feature's record declares them.
 * {@code before} is null for a creation, {@code after} for a deletion.
 *
 * @param summary the fields that differ, comma-separated; empty when only one side exists
 */
public record AuditEntryDetails(long id, Instant occurredAt, String actor, String entityType, String entityId,
                                String action, String summary, Map<String, String> before, Map<String, String> after) {

    public boolean hasBefore() {
        return before != null;
    }

    public boolean hasAfter() {
        return after != null;
    }

    /** Every field name of either side, before's first. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>(hasBefore() ? before.keySet() : List.of());
        if (hasAfter()) {
            after.keySet().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        }
        return fields;
    }
}
