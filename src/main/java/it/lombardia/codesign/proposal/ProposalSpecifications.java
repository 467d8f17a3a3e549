package it.lombardia.codesign.proposal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns the grid's filters into one query, so that paging and counting happen in the database. */
final class ProposalSpecifications {

    private ProposalSpecifications() {
    }

    static Specification<Proposal> matching(ProposalFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.roundId() != null) {
                predicates.add(cb.equal(root.get("roundId"), filter.roundId()));
            }
            if (filter.ecosystemCode() != null) {
                predicates.add(cb.isMember(filter.ecosystemCode(), root.<java.util.Collection<String>>get("ecosystemCodes")));
            }
            if (filter.clusterCode() != null) {
                predicates.add(cb.or(
                        cb.equal(root.get("leadClusterCode"), filter.clusterCode()),
                        cb.isMember(filter.clusterCode(), root.<java.util.Collection<String>>get("coClusterCodes"))));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
