package it.lombardia.codesign.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByRecordedAtAscIdAsc(long meetingId);
}
