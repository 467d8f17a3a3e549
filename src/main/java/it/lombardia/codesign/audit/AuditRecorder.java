package it.lombardia.codesign.audit;

import it.lombardia.codesign.shared.AuditEvent;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Writes every reported change to the log. A plain, synchronous listener on purpose: it runs in the
 * publisher's transaction, so a change that rolls back leaves no entry, and an entry that cannot be
 * written makes the change fail rather than go unrecorded. An event published outside a transaction
 * is refused: its change could not be tied to its entry.
 */
@Component
class AuditRecorder {

    private final AuditEntries entries;
    private final AuditJson json;
    private final Clock clock;

    AuditRecorder(AuditEntries entries, AuditJson json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        JsonNode before = json.tree(event.before());
        JsonNode after = json.tree(event.after());
        entries.append(new AuditEntry(clock.instant(), event.actor(), event.entityType(), event.entityId(),
                event.action(), summary(json.fields(before), json.fields(after)), json.write(before), json.write(after)));
    }

    private static String summary(Map<String, String> before, Map<String, String> after) {
        String changed = String.join(", ", AuditJson.changedFields(before, after));
        if (changed.length() > AuditEntry.SUMMARY_MAX) {
            return changed.substring(0, AuditEntry.SUMMARY_MAX - 1) + "…";
        }
        return changed.isEmpty() ? null : changed;
    }
}
