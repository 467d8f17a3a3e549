package it.lombardia.codesign.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

    @Query("select p.status, count(p) from Proposal p where p.roundId = :roundId group by p.status")
    List<Object[]> countByStatus(long roundId);

    @Query("""
            select p.leadClusterCode, e, count(p) from Proposal p join p.ecosystemCodes e
            where p.roundId = :roundId
              and p.status not in (it.lombardia.codesign.proposal.ProposalStatus.MERGED,
                                   it.lombardia.codesign.proposal.ProposalStatus.WITHDRAWN)
            group by p.leadClusterCode, e""")
    List<Object[]> countLeadByEcosystem(long roundId);

    @Query("""
            select i.clusterCode, e, count(p) from Proposal p join p.invitations i join p.ecosystemCodes e
            where p.roundId = :roundId and i.status = it.lombardia.codesign.proposal.InvitationStatus.ACCEPTED
              and p.status not in (it.lombardia.codesign.proposal.ProposalStatus.MERGED,
                                   it.lombardia.codesign.proposal.ProposalStatus.WITHDRAWN)
            group by i.clusterCode, e""")
    List<Object[]> countCoProposedByEcosystem(long roundId);

    List<Proposal> findByRoundIdOrderByTitleAsc(long roundId);

    @Query("select p.id from Proposal p where p.mergedIntoId = :targetId")
    List<Long> findIdsByMergedIntoId(long targetId);
}
