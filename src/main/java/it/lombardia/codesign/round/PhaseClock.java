package it.lombardia.codesign.round;

import it.lombardia.codesign.shared.AuditEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps rounds in step with the calendar: a phase whose planned end has passed gives way to the
 * next one, and the people concerned hear three days before a phase ends. Runs at start-up and
 * every hour, so a restarted server catches up.
 */
@Component
class PhaseClock {

    static final String SYSTEM = "system";
    static final int NOTICE_DAYS = 3;

    private final EdpRoundRepository rounds;
    private final RoundService roundService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhaseClock(EdpRoundRepository rounds, RoundService roundService, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.roundService = roundService;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 * * * *", zone = "Europe/Rome")
    @Transactional
    public void tick() {
        LocalDate today = LocalDate.now(clock);
        for (EdpRound round : rounds.findByPhaseNot(RoundPhase.CLOSED)) {
            advanceIfDue(round, today);
            noticeIfEnding(round, today);
        }
    }

    private void advanceIfDue(EdpRound round, LocalDate today) {
        if (!due(round, today)) {
            return;
        }
        RoundSummary before = roundService.summary(round);
        while (due(round, today)) {
            // a phase given way to because its end has passed ran until yesterday
            round.moveTo(round.getPhase().next(), today, today.minusDays(1));
            events.publishEvent(new PhaseStarted(round.getId(), round.getTitle(), round.getPhase(), SYSTEM));
        }
        rounds.saveAndFlush(round);
        events.publishEvent(new AuditEvent(SYSTEM, "round", String.valueOf(round.getId()), "phase-change", before,
                roundService.summary(round)));
    }

    private static boolean due(EdpRound round, LocalDate today) {
        RoundPhase phase = round.getPhase();
        if (phase == RoundPhase.PLANNED) {
            return round.scheduleOf(RoundPhase.DRAFTING).map(s -> !today.isBefore(s.plan().startsOn())).orElse(false);
        }
        if (phase == RoundPhase.CLOSED) {
            return false;
        }
        return round.scheduleOf(phase).map(s -> today.isAfter(s.getEndsOn())).orElse(false);
    }

    private void noticeIfEnding(EdpRound round, LocalDate today) {
        round.scheduleOf(round.getPhase())
                .filter(s -> !s.isEndingNoticeSent())
                .filter(s -> ChronoUnit.DAYS.between(today, s.getEndsOn()) <= NOTICE_DAYS)
                .ifPresent(s -> {
                    s.endingNoticeSent();
                    rounds.saveAndFlush(round);
                    events.publishEvent(new PhaseEnding(round.getId(), round.getTitle(), s.getPhase(), s.getEndsOn()));
                });
    }
}
