package it.lombardia.codesign.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InviteeRepository extends JpaRepository<Invitee, Long> {

    List<Invitee> findByMeetingIdOrderByUsernameAsc(long meetingId);

    Optional<Invitee> findByMeetingIdAndUsernameIgnoreCase(long meetingId, String username);

    List<Invitee> findByUsernameIgnoreCase(String username);

    List<Invitee> findByMeetingIdIn(Collection<Long> meetingIds);

    long countByMeetingIdAndAttendedTrue(long meetingId);
}
