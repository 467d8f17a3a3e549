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
            where p.roundId = :roundId group by p.leadClusterCode, e""")
    List<Object[]> countLeadByEcosystem(long roundId);

    @Query("""
            select c, e, count(p) from Proposal p join p.coClusterCodes c join p.ecosystemCodes e
            where p.roundId = :roundId group by c, e""")
    List<Object[]> countCoProposedByEcosystem(long roundId);
}
