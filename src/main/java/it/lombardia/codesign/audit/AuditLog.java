package it.lombardia.codesign.audit;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.shared.NotPermittedException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log, for region administrators only. There is nothing here (nor anywhere else)
 * that changes or deletes an entry.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    private final AuditEntries entries;
    private final AuditJson json;
    private final CurrentActor currentActor;

    AuditLog(AuditEntries entries, AuditJson json, CurrentActor currentActor) {
        this.entries = entries;
        this.json = json;
        this.currentActor = currentActor;
    }

    /** The matching entries, newest first whatever sort the page asks for. */
    @Transactional(readOnly = true)
    public Page<AuditEntrySummary> search(AuditFilter filter, Pageable pageable) {
        requireAdmin();
        Pageable page = pageable.isPaged() ? pageable : Pageable.ofSize(Integer.MAX_VALUE);
        List<AuditEntrySummary> content = entries.search(filter, page.getOffset(), page.getPageSize());
        return new PageImpl<>(content, pageable, entries.count(filter));
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        requireAdmin();
        return entries.count(filter);
    }

    @Transactional(readOnly = true)
    /** The entry with the thing's fields before and after. */
    public Optional<AuditEntryDetails> find(long id) {
        requireAdmin();
        return entries.find(id).map(this::details);
    }

    /** The kinds of things the log holds entries for, e.g. "account", "proposal". */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        requireAdmin();
        return entries.entityTypes();
    }

    /** Method security checked the session's role; the account behind it must still be an enabled admin. */
    private void requireAdmin() {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new NotPermittedException("error.not-permitted");
        }
    }

    private AuditEntryDetails details(AuditEntry e) {
        return new AuditEntryDetails(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                e.getAction(), e.getSummary() == null ? "" : e.getSummary(), json.fields(e.getBeforeJson()),
                json.fields(e.getAfterJson()));
    }
}
