package it.lombardia.codesign.poll;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PollBallotRepository extends JpaRepository<PollBallot, Long> {

    /** The voter's ballot, locked so that two changes of it at once are made one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from PollBallot b where b.pollId = :pollId and b.voter = :voter")
    Optional<PollBallot> findForChange(long pollId, String voter);

    @Query("select distinct b from PollBallot b left join fetch b.marks where b.pollId in :pollIds order by b.id")
    List<PollBallot> findWithMarks(Collection<Long> pollIds);

    long countByPollId(long pollId);
}
