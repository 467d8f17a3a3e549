package it.lombardia.codesign.round;

import it.lombardia.codesign.programme.EditionAdopted;
import it.lombardia.codesign.shared.AuditEvent;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopting an edition ends the round that prepared it, in the same transaction: the round is
 * closed, and a new round may be opened for the next edition.
 */
@Component
class RoundClosingOnAdoption {

    private final EdpRoundRepository rounds;
    private final RoundService roundService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundClosingOnAdoption(EdpRoundRepository rounds, RoundService roundService, ApplicationEventPublisher events,
                           Clock clock) {
        this.rounds = rounds;
        this.roundService = roundService;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(EditionAdopted adopted) {
        rounds.findByEditionId(adopted.editionId())
                .filter(round -> round.getPhase() != RoundPhase.CLOSED)
                .ifPresent(round -> {
                    RoundSummary before = roundService.summary(round);
                    LocalDate today = LocalDate.now(clock);
                    round.moveTo(RoundPhase.CLOSED, today, today);
                    RoundSummary after = roundService.summary(rounds.saveAndFlush(round));
                    events.publishEvent(new AuditEvent(adopted.actor(), "round", String.valueOf(round.getId()),
                            "close-on-adoption", before, after));
                    events.publishEvent(new PhaseStarted(round.getId(), round.getTitle(), RoundPhase.CLOSED,
                            adopted.actor()));
                });
    }
}
