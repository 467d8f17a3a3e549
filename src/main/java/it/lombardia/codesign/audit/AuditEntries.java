package it.lombardia.codesign.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * The only access to the audit_entry table: append and read. Deliberately not a Spring Data
 * repository, which would bring delete methods along.
 */
@Repository
class AuditEntries {

    @PersistenceContext
    private EntityManager entityManager;

    void append(AuditEntry entry) {
        entityManager.persist(entry);
        // Written now, so that an entry that cannot be stored fails the change that reported it.
        entityManager.flush();
    }

    Optional<AuditEntry> find(long id) {
        return Optional.ofNullable(entityManager.find(AuditEntry.class, id));
    }

    /** Newest first; ties (same instant) by the order they were written. Leaves the large JSON columns unread. */
    List<AuditEntrySummary> search(AuditFilter filter, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntrySummary> query = cb.createQuery(AuditEntrySummary.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.construct(AuditEntrySummary.class, entry.get("id"), entry.get("occurredAt"), entry.get("actor"),
                        entry.get("entityType"), entry.get("entityId"), entry.get("action"), entry.get("summary")))
                .where(matching(filter, cb, entry))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return entityManager.createQuery(query)
                .setFirstResult((int) Math.min(offset, Integer.MAX_VALUE))
                .setMaxResults(limit)
                .getResultList();
    }

    long count(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(matching(filter, cb, entry));
        return entityManager.createQuery(query).getSingleResult();
    }

    List<String> entityTypes() {
        return entityManager.createQuery("select distinct e.entityType from AuditEntry e order by e.entityType",
                String.class).getResultList();
    }

    private static Predicate matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditEntry> entry) {
        List<Predicate> predicates = new ArrayList<>();
        if (isGiven(filter.entityType())) {
            predicates.add(cb.equal(entry.get("entityType"), filter.entityType()));
        }
        if (isGiven(filter.actor())) {
            predicates.add(cb.like(cb.lower(entry.get("actor")), contains(filter.actor()), '\\'));
        }
        if (isGiven(filter.text())) {
            String pattern = contains(filter.text());
            predicates.add(cb.or(
                    cb.like(cb.lower(entry.get("entityId")), pattern, '\\'),
                    cb.like(cb.lower(entry.get("action")), pattern, '\\'),
                    cb.like(cb.lower(entry.get("summary")), pattern, '\\')));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThan(entry.get("occurredAt"), filter.to()));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }

    private static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
