package it.lombardia.codesign.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalVersionRepository extends JpaRepository<ProposalVersion, Long> {

    List<ProposalVersion> findByProposalIdOrderByNumberAsc(long proposalId);

    Optional<ProposalVersion> findByProposalIdAndNumber(long proposalId, int number);

    Optional<ProposalVersion> findFirstByProposalIdOrderByNumberDesc(long proposalId);

    @Query("select p.id from Proposal p where not exists (select v from ProposalVersion v where v.proposalId = p.id)")
    List<Long> proposalsWithoutVersions();
}
