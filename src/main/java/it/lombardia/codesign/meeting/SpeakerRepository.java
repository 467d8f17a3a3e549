package it.lombardia.codesign.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpeakerRepository extends JpaRepository<Speaker, Long> {

    /** The queue as it stands: hands raised and turns not yet done, the earliest first. */
    List<Speaker> findByMeetingIdAndDoneAtIsNullOrderByRaisedAtAscIdAsc(long meetingId);
}
