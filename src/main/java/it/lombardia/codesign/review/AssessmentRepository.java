package it.lombardia.codesign.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByProposalIdOrderByCreatedAtAscIdAsc(long proposalId);

    Optional<Assessment> findByProposalIdAndReviewer(long proposalId, String reviewer);

    @Query("select a.proposalId, count(a) from Assessment a where a.proposalId in :proposalIds group by a.proposalId")
    List<Object[]> countByProposal(Collection<Long> proposalIds);
}
