package it.lombardia.codesign.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByProposalIdOrderByAssignedAtAscIdAsc(long proposalId);

    List<Assignment> findByProposalIdIn(Collection<Long> proposalIds);

    Optional<Assignment> findByProposalIdAndReviewer(long proposalId, String reviewer);

    boolean existsByProposalIdAndReviewer(long proposalId, String reviewer);
}
