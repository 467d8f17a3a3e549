package it.lombardia.codesign.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAsc(long meetingId);
}
