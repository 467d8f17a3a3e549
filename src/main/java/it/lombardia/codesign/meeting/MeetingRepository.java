package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByGroupIdOrderByStartsAtDesc(long groupId);

    List<Meeting> findByGroupIdInOrderByStartsAtAsc(Collection<Long> groupIds);

    List<Meeting> findAllByOrderByStartsAtAsc();

    List<Meeting> findByStatusAndStartsAtBetween(MeetingStatus status, Instant from, Instant to);
}
