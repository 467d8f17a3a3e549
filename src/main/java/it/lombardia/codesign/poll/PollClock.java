package it.lombardia.codesign.poll;

import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a poll's closing time has passed and tells the people watching it, so that their
 * pages show it closed, with its results, without reloading. Polls count as closed from their
 * closing time anyway; this only makes it visible. One cheap query every few seconds; on several
 * nodes the first to record a closing announces it.
 */
@Component
class PollClock {

    static final String SYSTEM = "system";

    private final PollRepository polls;
    private final PollBallotRepository ballots;
    private final AnonymousBallots anonymousBallots;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;

    PollClock(PollRepository polls, PollBallotRepository ballots, AnonymousBallots anonymousBallots,
              ApplicationEventPublisher events, LiveBus live, Clock clock) {
        this.polls = polls;
        this.ballots = ballots;
        this.anonymousBallots = anonymousBallots;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${codesign.poll.closing-sweep:PT3S}")
    @Transactional
    public void closeExpired() {
        Instant now = clock.instant();
        for (Long id : polls.findExpired(now)) {
            if (polls.closeExpired(id, now) == 1) {
                polls.findById(id).ifPresent(poll -> {
                    anonymousBallots.seal(poll);
                    events.publishEvent(new AuditEvent(SYSTEM, PollService.ENTITY, String.valueOf(id), "close", null,
                            new PollService.ClosedAudit(poll.getClosesAt(), ballots.countByPollId(id))));
                    live.publish(PollChanges.of(poll, "close"));
                });
            }
        }
    }
}
