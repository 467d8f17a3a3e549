package it.lombardia.codesign.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByRecordedAtAscIdAsc(long meetingId);
}
