package it.lombardia.codesign.poll;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PollOptionRepository extends JpaRepository<PollOption, Long> {

    List<PollOption> findByPollIdOrderByPosition(long pollId);

    List<PollOption> findByPollIdInOrderByPollIdAscPositionAsc(Collection<Long> pollIds);
}
