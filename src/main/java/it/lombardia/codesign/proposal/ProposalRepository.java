package it.lombardia.codesign.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

    @Query("select p.id from Proposal p where p.mergedIntoId = :targetId")
    List<Long> findIdsByMergedIntoId(long targetId);
}
