package it.lombardia.codesign.proposal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEventRepository extends JpaRepository<ProposalEvent, Long> {

    List<ProposalEvent> findByProposalIdInOrderByOccurredAtAscIdAsc(Collection<Long> proposalIds);
}
