package it.lombardia.codesign.round;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.programme.EditionPreparation;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EDP rounds: anyone signed in reads them; only administrators open a round, plan and extend its
 * phases and move it to the next phase. Phases also move on by themselves when their planned end
 * has passed (see {@link PhaseClock}).
 */
@Service
@Transactional(readOnly = true)
public class RoundService {

    private final EdpRoundRepository rounds;
    private final ProgrammeService programme;
    private final EditionPreparation preparation;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(EdpRoundRepository rounds, ProgrammeService programme, EditionPreparation preparation,
                 CurrentActor currentActor,
                 ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.programme = programme;
        this.preparation = preparation;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** The round under way now, if any: the most recently opened one that is not closed. */
    public Optional<RoundSummary> openRound() {
        return rounds.findAllByOrderByOpensOnDesc().stream()
                .filter(r -> r.getPhase() != RoundPhase.CLOSED)
                .findFirst().map(this::summary);
    }

    public Optional<RoundSummary> round(long id) {
        return rounds.findById(id).map(this::summary);
    }

    public List<RoundSummary> rounds() {
        return rounds.findAllByOrderByOpensOnDesc().stream().map(this::summary).toList();
    }

    /** Whether the signed-in user may open rounds, plan their phases and move them on (administrators). */
    public boolean mayManage() {
        return currentActor.find().map(Actor::isAdmin).orElse(false);
    }

    /** Opens a round for a new edition, which is prepared from the latest adopted one. */
    @Transactional
    public RoundSummary create(RoundDraft draft) {
        Actor admin = requireAdmin();
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (draft.editionStartYear() == null || draft.editionStartYear() < 2000 || draft.editionStartYear() > 2100) {
            errors.put("editionStartYear", "round.validation.year");
        }
        errors.putAll(RoundScheduleRules.check(draft.plans()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (openRound().isPresent()) {
            throw new TranslatableException("error.round.another-under-way");
        }
        EditionSummary edition = preparation.prepareEdition(draft.editionStartYear(), admin.username(),
                draft.carryOver());
        if (rounds.existsByEditionId(edition.id())) {
            throw new InvalidInputException(Map.of("editionStartYear", "round.validation.edition-has-round"));
        }
        EdpRound round = rounds.saveAndFlush(new EdpRound(edition.id(), "EDP " + edition.periodLabel(), draft.plans()));
        RoundSummary created = summary(round);
        events.publishEvent(new AuditEvent(admin.username(), "round", String.valueOf(round.getId()), "create", null,
                created));
        return created;
    }

    /** Replaces the planned dates of the phases. */
    @Transactional
    public RoundSummary reschedule(long id, long expectedVersion, List<PhasePlan> plans) {
        Actor admin = requireAdmin();
        EdpRound round = requireChangeable(id, expectedVersion);
        Map<String, String> errors = RoundScheduleRules.check(plans);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RoundSummary before = summary(round);
        round.reschedule(plans);
        return saved(admin.username(), round, "reschedule", before);
    }

    /**
     * Moves a phase's end later. The phases after it move as much as needed to keep their order and
     * their length.
     */
    @Transactional
    public RoundSummary extendPhase(long id, long expectedVersion, RoundPhase phase, LocalDate newEnd) {
        Actor admin = requireAdmin();
        EdpRound round = requireChangeable(id, expectedVersion);
        PhasePlan current = round.scheduleOf(phase).map(PhaseSchedule::plan)
                .orElseThrow(() -> new TranslatableException("error.round.no-such-phase"));
        if (newEnd == null) {
            throw new InvalidInputException(Map.of("newEnd", "validation.required"));
        }
        if (!newEnd.isAfter(current.endsOn())) {
            throw new InvalidInputException(Map.of("newEnd", "round.validation.extend-later"));
        }
        if (phase.ordinal() < round.getPhase().ordinal()) {
            throw new TranslatableException("error.round.phase-over");
        }
        RoundSummary before = summary(round);
        List<PhasePlan> plans = new ArrayList<>();
        LocalDate previousEnd = null;
        for (PhasePlan plan : round.plans()) {
            PhasePlan moved = plan.phase() == phase ? new PhasePlan(phase, plan.startsOn(), newEnd) : plan;
            if (previousEnd != null && plan.phase().ordinal() > phase.ordinal() && !moved.startsOn().isAfter(previousEnd)) {
                long shift = java.time.temporal.ChronoUnit.DAYS.between(moved.startsOn(), previousEnd) + 1;
                moved = new PhasePlan(plan.phase(), moved.startsOn().plusDays(shift), moved.endsOn().plusDays(shift));
            }
            plans.add(moved);
            previousEnd = moved.endsOn();
        }
        round.reschedule(plans);
        return saved(admin.username(), round, "extend-phase", before);
    }

    /** Ends the current phase now and starts the next one. */
    @Transactional
    public RoundSummary advance(long id, long expectedVersion) {
        Actor admin = requireAdmin();
        EdpRound round = requireChangeable(id, expectedVersion);
        RoundSummary before = summary(round);
        LocalDate today = LocalDate.now(clock);
        round.moveTo(round.getPhase().next(), today, today);
        RoundSummary after = saved(admin.username(), round, "phase-change", before);
        events.publishEvent(new PhaseStarted(round.getId(), round.getTitle(), round.getPhase(), admin.username()));
        return after;
    }

    private RoundSummary saved(String actor, EdpRound round, String action, RoundSummary before) {
        RoundSummary after = summary(rounds.saveAndFlush(round));
        events.publishEvent(new AuditEvent(actor, "round", String.valueOf(round.getId()), action, before, after));
        return after;
    }

    private EdpRound requireChangeable(long id, long expectedVersion) {
        EdpRound round = rounds.findById(id).orElseThrow(() -> new TranslatableException("error.round.not-found"));
        if (round.getVersion() != expectedVersion) {
            throw new TranslatableException("error.round.changed-meanwhile");
        }
        if (round.getPhase() == RoundPhase.CLOSED) {
            throw new TranslatableException("error.round.closed");
        }
        return round;
    }

    private Actor requireAdmin() {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new NotPermittedException("error.round.admin-only");
        }
        return actor;
    }

    RoundSummary summary(EdpRound round) {
        String period = programme.edition(round.getEditionId()).map(EditionSummary::periodLabel).orElse("");
        return round.summary(period);
    }
}
