package it.lombardia.codesign.meeting;

import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.AuditEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the invitees of a scheduled meeting once, {@code codesign.meeting.reminder-before} (a day
 * by default) before it starts. Looks every few minutes ({@code codesign.meeting.reminder-check});
 * the conditional update makes one server the one that reminds when several look at once, and
 * moving the meeting's start makes it due again.
 */
@Component
class MeetingReminders {

    static final String SYSTEM = "system";

    private final MeetingRepository meetings;
    private final ReminderRepository reminders;
    private final InviteeRepository invitees;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;
    private final Duration before;

    MeetingReminders(MeetingRepository meetings, ReminderRepository reminders, InviteeRepository invitees,
                     ApplicationEventPublisher events, LiveBus live, Clock clock,
                     @Value("${codesign.meeting.reminder-before:P1D}") Duration before) {
        this.meetings = meetings;
        this.reminders = reminders;
        this.invitees = invitees;
        this.events = events;
        this.live = live;
        this.clock = clock;
        this.before = before;
    }

    /** Sends the reminders due now; returns how many meetings this call reminded. */
    @Scheduled(fixedDelayString = "${codesign.meeting.reminder-check:PT5M}", initialDelayString = "PT1M")
    @Transactional
    public int tick() {
        Instant now = clock.instant();
        int sent = 0;
        List<Meeting> due = meetings.findByStatusAndStartsAtBetween(MeetingStatus.SCHEDULED, now, now.plus(before));
        for (Meeting meeting : due) {
            if (meeting.getRemindedAt() != null || !meeting.getStartsAt().isAfter(now)) {
                continue;
            }
            if (reminders.markReminded(meeting.getId(), meeting.getVersion(), now) == 0) {
                continue;
            }
            Set<String> recipients = new TreeSet<>();
            invitees.findByMeetingIdOrderByUsernameAsc(meeting.getId()).stream()
                    .filter(i -> i.getRegistration() != Registration.DECLINED)
                    .forEach(i -> recipients.add(i.getUsername()));
            events.publishEvent(new MeetingReminderDue(meeting.getId(), meeting.getTitle(), meeting.getStartsAt(),
                    meeting.getOnlineLink(), meeting.getPlace(), recipients));
            events.publishEvent(new AuditEvent(SYSTEM, "meeting", String.valueOf(meeting.getId()), "remind", null,
                    recipients));
            // The version moved: open pages re-read it so that their next change is not refused as stale.
            live.publish(MeetingChanges.message(meeting.getId(), meeting.getGroupId(), MeetingChanges.DETAILS, SYSTEM));
            sent++;
        }
        return sent;
    }
}
