package it.lombardia.codesign.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "edp_round")
class EdpRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long editionId;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    private RoundStatus status;
    @Enumerated(EnumType.STRING)
    private RoundPhase phase;
    private LocalDate phaseSince;
    @Version
    private long version;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsOn")
    private List<PhaseSchedule> schedule = new ArrayList<>();

    protected EdpRound() {
    }

    EdpRound(long editionId, String title, List<PhasePlan> plans) {
        this.editionId = editionId;
        this.title = title;
        this.phase = RoundPhase.PLANNED;
        for (PhasePlan plan : plans) {
            schedule.add(new PhaseSchedule(this, plan));
        }
        syncSpanAndStatus();
    }

    Long getId() {
        return id;
    }

    long getEditionId() {
        return editionId;
    }

    String getTitle() {
        return title;
    }

    RoundPhase getPhase() {
        return phase;
    }

    long getVersion() {
        return version;
    }

    Optional<PhaseSchedule> scheduleOf(RoundPhase p) {
        return schedule.stream().filter(s -> s.getPhase() == p).findFirst();
    }

    List<PhasePlan> plans() {
        return schedule.stream().map(PhaseSchedule::plan)
                .sorted(Comparator.comparing(PhasePlan::phase)).toList();
    }

    /**
     * Ends the current phase and starts the next one today, recording both days.
     *
     * @param lastDay the current phase's last day: today when moved on by hand, the day before when its
     *                planned end has passed (it ran that whole day)
     */
    void moveTo(RoundPhase next, LocalDate today, LocalDate lastDay) {
        scheduleOf(phase).ifPresent(s -> s.ended(lastDay, phaseSince));
        scheduleOf(next).ifPresent(s -> s.started(today));
        phase = next;
        phaseSince = today;
        syncSpanAndStatus();
    }

    /** The working phases that have started, with their recorded days; the one under way started on phaseSince. */
    List<PhaseRun> runs() {
        return schedule.stream().map(PhaseSchedule::run)
                .filter(run -> run.phase().ordinal() <= phase.ordinal())
                .map(run -> run.phase() == phase && run.startedOn() == null
                        ? new PhaseRun(phase, phaseSince, null) : run)
                .sorted(Comparator.comparing(PhaseRun::phase)).toList();
    }

    void reschedule(List<PhasePlan> plans) {
        for (PhasePlan plan : plans) {
            Optional<PhaseSchedule> existing = scheduleOf(plan.phase());
            if (existing.isPresent()) {
                existing.get().reschedule(plan);
            } else {
                schedule.add(new PhaseSchedule(this, plan));
            }
        }
        syncSpanAndStatus();
    }

    private void syncSpanAndStatus() {
        List<PhasePlan> plans = plans();
        if (!plans.isEmpty()) {
            opensOn = plans.getFirst().startsOn();
            closesOn = plans.getLast().endsOn();
        }
        status = switch (phase) {
            case PLANNED -> RoundStatus.PLANNED;
            case CLOSED -> RoundStatus.CLOSED;
            default -> RoundStatus.OPEN;
        };
    }

    RoundSummary summary(String editionPeriod) {
        return new RoundSummary(id, editionId, editionPeriod, title, opensOn, closesOn, status, phase, phaseSince,
                plans(), runs(), version);
    }
}
