package it.lombardia.codesign.proposal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Counts of proposals grouped in the database, under any condition the callers build (the grid's
 * filters and the read rule), so that a count never says more than the list would show.
 */
@Component
class ProposalCounts {

    private final EntityManager entityManager;

    ProposalCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every status with the number of proposals in it, zero included. */
    Map<ProposalStatus, Long> byStatus(Specification<Proposal> condition) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Proposal> root = query.from(Proposal.class);
        query.multiselect(root.get("status"), cb.count(root))
                .where(condition.toPredicate(root, query, cb))
                .groupBy(root.get("status"));
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            counts.put((ProposalStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
