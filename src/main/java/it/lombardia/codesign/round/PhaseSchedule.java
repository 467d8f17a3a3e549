package it.lombardia.codesign.round;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "round_phase")
class PhaseSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private EdpRound round;
    @Enumerated(EnumType.STRING)
    private RoundPhase phase;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private boolean endingNoticeSent;
    private LocalDate startedOn;
    private LocalDate endedOn;

    protected PhaseSchedule() {
    }

    PhaseSchedule(EdpRound round, PhasePlan plan) {
        this.round = round;
        this.phase = plan.phase();
        reschedule(plan);
    }

    RoundPhase getPhase() {
        return phase;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    boolean isEndingNoticeSent() {
        return endingNoticeSent;
    }

    void endingNoticeSent() {
        endingNoticeSent = true;
    }

    void reschedule(PhasePlan plan) {
        // A new end date deserves a new reminder.
        if (endsOn != null && !endsOn.equals(plan.endsOn())) {
            endingNoticeSent = false;
        }
        startsOn = plan.startsOn();
        endsOn = plan.endsOn();
    }

    void started(LocalDate day) {
        startedOn = day;
        endedOn = null;
    }

    /**
     * Ends the phase on its last day, which is never before the day it started.
     *
     * @param since the day the round entered the phase, for a phase whose start was not recorded
     */
    void ended(LocalDate lastDay, LocalDate since) {
        if (startedOn == null) {
            startedOn = since;
        }
        endedOn = startedOn != null && lastDay.isBefore(startedOn) ? startedOn : lastDay;
    }

    PhaseRun run() {
        return new PhaseRun(phase, startedOn, endedOn);
    }

    PhasePlan plan() {
        return new PhasePlan(phase, startsOn, endsOn);
    }
}
