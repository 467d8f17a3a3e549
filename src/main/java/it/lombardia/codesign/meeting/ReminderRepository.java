package it.lombardia.codesign.meeting;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReminderRepository extends Repository<Meeting, Long> {

    /**
     * Marks the meeting reminded if nobody did yet and it is still the version read: 1 when this
     * call did it, 0 when another server (or an edit) came first.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Meeting m set m.remindedAt = :at, m.version = m.version + 1
            where m.id = :id and m.version = :version and m.remindedAt is null
              and m.status = it.lombardia.codesign.meeting.MeetingStatus.SCHEDULED""")
    int markReminded(long id, long version, Instant at);
}
