package it.lombardia.codesign.poll;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PollRepository extends JpaRepository<Poll, Long> {

    List<Poll> findByVenueTypeAndVenueIdOrderByOpenedAtDescIdDesc(String venueType, long venueId);

    List<Poll> findByVenueTypeAndVenueIdAndAnchorIdOrderByOpenedAtDescIdDesc(String venueType, long venueId, long anchorId);

    /** Votes hold this while they are counted in, so that a closing waits for them and they for it. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select p from Poll p where p.id = :id")
    Optional<Poll> findForVote(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Poll p where p.id = :id")
    Optional<Poll> findForClose(long id);

    @Query("select p.id from Poll p where p.closedAt is null and p.closesAt <= :now")
    List<Long> findExpired(Instant now);

    /** Records that the closing time closed the poll; 0 when someone (another node) got there first. */
    @Modifying(clearAutomatically = true)
    @Query("""
            update Poll p set p.closedAt = p.closesAt, p.version = p.version + 1
            where p.id = :id and p.closedAt is null and p.closesAt <= :now
            """)
    int closeExpired(long id, Instant now);
}
