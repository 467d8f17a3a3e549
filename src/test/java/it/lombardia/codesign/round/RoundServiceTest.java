package it.lombardia.codesign.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionStatus;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, planning, extending and moving on EDP rounds, as administrators do it and as everyone
 * else is refused. Every test rolls back, so the demo round stays as the demo data defines it.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
@RecordApplicationEvents
class RoundServiceTest {

    @Autowired
    RoundService rounds;
    @Autowired
    ProgrammeService programme;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    Clock clock;
    @Autowired
    EntityManager entityManager;
    @Autowired
    ApplicationEvents events;

    RoundSummary demo;
    LocalDate today;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(userDetailsService, "admin");
        demo = rounds.openRound().orElseThrow();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    // ---------------------------------------------------------------- create

    @Test
    void createRefusesABadYearAndBadDatesAtTheirFieldsAndSavesNothing() {
        int roundsBefore = rounds.rounds().size();
        int editionsBefore = programme.editions().size();
        LocalDate start = today.plusDays(10);
        List<PhasePlan> plans = List.of(
                new PhasePlan(RoundPhase.DRAFTING, start, start.plusDays(20)),
                new PhasePlan(RoundPhase.CO_DESIGN, start.plusDays(20), start.plusDays(30)),
                new PhasePlan(RoundPhase.REVIEW, start.plusDays(40), start.plusDays(35)),
                new PhasePlan(RoundPhase.CONSOLIDATION, start.plusDays(50), null));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> rounds.create(new RoundDraft(1999, plans)));

        assertThat(refused.fieldErrors())
                .containsEntry("editionStartYear", "round.validation.year")
                .containsEntry("CO_DESIGN.startsOn", "round.validation.overlaps-previous")
                .containsEntry("REVIEW.endsOn", "round.validation.end-before-start")
                .containsEntry("CONSOLIDATION.endsOn", "validation.required")
                .doesNotContainKeys("DRAFTING.startsOn", "DRAFTING.endsOn", "CO_DESIGN.endsOn");
        assertThat(rounds.rounds()).hasSize(roundsBefore);
        assertThat(programme.editions()).hasSize(editionsBefore);
        assertThat(events.stream(AuditEvent.class)).isEmpty();
    }

    @Test
    void createRefusesAMissingPhaseAndAMissingYear() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> rounds.create(new RoundDraft(null, List.of(new PhasePlan(RoundPhase.DRAFTING, today, today)))));

        assertThat(refused.fieldErrors())
                .containsEntry("editionStartYear", "round.validation.year")
                .containsEntry("CO_DESIGN.startsOn", "validation.required")
                .containsEntry("CONSOLIDATION.endsOn", "validation.required")
                .doesNotContainKey("DRAFTING.startsOn");
    }

    @Test
    void createIsRefusedWhileAnotherRoundIsUnderWay() {
        int editionsBefore = programme.editions().size();

        TranslatableException refused = catchThrowableOfType(TranslatableException.class,
                () -> rounds.create(new RoundDraft(2028, plan(today.plusDays(30)))));

        assertThat(refused).isNotInstanceOf(InvalidInputException.class);
        assertThat(refused.messageKey()).isEqualTo("error.round.another-under-way");
        assertThat(programme.editions()).hasSize(editionsBefore)
                .noneMatch(e -> e.periodLabel().equals("2028-2029"));
        assertThat(rounds.openRound()).contains(demo);
    }

    @Test
    void createOpensAPlannedRoundWhoseEditionIsACopyOfTheAdoptedOne() {
        closeDemoRound();
        events.clear();
        List<PhasePlan> plans = plan(today.plusDays(7));

        RoundSummary created = rounds.create(new RoundDraft(2028, plans));

        assertThat(created.title()).isEqualTo("EDP 2028-2029");
        assertThat(created.editionPeriod()).isEqualTo("2028-2029");
        assertThat(created.phase()).isEqualTo(RoundPhase.PLANNED);
        assertThat(created.status()).isEqualTo(RoundStatus.PLANNED);
        assertThat(created.open()).isFalse();
        assertThat(created.plans()).containsExactlyElementsOf(plans);
        assertThat(created.opensOn()).isEqualTo(plans.getFirst().startsOn());
        assertThat(created.closesOn()).isEqualTo(plans.getLast().endsOn());
        assertThat(rounds.openRound()).contains(created);
        assertThat(rounds.rounds().getFirst()).isEqualTo(created);
        assertThat(events.stream(AuditEvent.class))
                .anySatisfy(e -> {
                    assertThat(e.entityType()).isEqualTo("round");
                    assertThat(e.action()).isEqualTo("create");
                    assertThat(e.entityId()).isEqualTo(String.valueOf(created.id()));
                    assertThat(e.actor()).isEqualTo("admin");
                });

        // read the copy back from the database, not from what this transaction holds in memory
        entityManager.flush();
        entityManager.clear();
        EditionSummary adopted = programme.currentEdition().orElseThrow();
        assertThat(adopted.periodLabel()).isEqualTo("2024-2025");
        EditionContent base = programme.content(adopted.id()).orElseThrow();
        EditionContent copy = programme.content(created.editionId()).orElseThrow();
        assertThat(copy.edition().status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(List.of(copy.edition().startYear(), copy.edition().endYear())).containsExactly(2028, 2029);
        assertThat(copy.macroThemes()).hasSize(7);
        assertThat(copy.priorityCount()).isEqualTo(20);
        assertThat(copy.macroThemes()).extracting(MacroThemeContent::title)
                .containsExactlyElementsOf(base.macroThemes().stream().map(MacroThemeContent::title).toList());
        assertThat(priorityTitles(copy)).containsExactlyElementsOf(priorityTitles(base));
        // the copy reads in Italian as the adopted edition does
        assertThat(copy.macroThemes()).extracting(MacroThemeContent::titleIt)
                .containsExactlyElementsOf(base.macroThemes().stream().map(MacroThemeContent::titleIt).toList())
                .doesNotContainNull();
        assertThat(copy.macroThemes().getFirst().priorities().getFirst().descriptionIt()).isNotBlank()
                .isEqualTo(base.macroThemes().getFirst().priorities().getFirst().descriptionIt());
        assertThat(programme.baseEditionFor(created.editionId())).contains(adopted);
        // the adopted edition is left as it was
        assertThat(base.macroThemes()).hasSize(7);
        assertThat(base.priorityCount()).isEqualTo(20);
    }

    @Test
    void createRefusesAnEditionThatIsAdoptedOrAlreadyHasARound() {
        closeDemoRound();

        InvalidInputException adopted = catchThrowableOfType(InvalidInputException.class,
                () -> rounds.create(new RoundDraft(2024, plan(today.plusDays(7)))));
        InvalidInputException taken = catchThrowableOfType(InvalidInputException.class,
                () -> rounds.create(new RoundDraft(2026, plan(today.plusDays(7)))));

        assertThat(adopted.fieldErrors()).containsExactlyEntriesOf(
                java.util.Map.of("editionStartYear", "round.validation.edition-adopted"));
        assertThat(taken.fieldErrors()).containsExactlyEntriesOf(
                java.util.Map.of("editionStartYear", "round.validation.edition-has-round"));
    }

    // ---------------------------------------------------------------- reschedule

    @Test
    void rescheduleRefusesOverlappingPhasesAndKeepsTheOldDates() {
        List<PhasePlan> overlapping = replace(demo.plans(), new PhasePlan(RoundPhase.REVIEW,
                plan(demo, RoundPhase.CO_DESIGN).endsOn(), plan(demo, RoundPhase.REVIEW).endsOn()));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> rounds.reschedule(demo.id(), demo.version(), overlapping));

        assertThat(refused.fieldErrors()).containsExactlyEntriesOf(
                java.util.Map.of("REVIEW.startsOn", "round.validation.overlaps-previous"));
        assertThat(rounds.round(demo.id())).contains(demo);
    }

    @Test
    void rescheduleSavesTheNewDatesAndTheRoundsSpan() {
        List<PhasePlan> later = plan(plan(demo, RoundPhase.DRAFTING).startsOn());

        RoundSummary saved = rounds.reschedule(demo.id(), demo.version(), later);

        assertThat(saved.plans()).containsExactlyElementsOf(later);
        assertThat(saved.opensOn()).isEqualTo(later.getFirst().startsOn());
        assertThat(saved.closesOn()).isEqualTo(later.getLast().endsOn());
        assertThat(saved.phase()).isEqualTo(RoundPhase.DRAFTING);
        assertThat(saved.version()).isGreaterThan(demo.version());
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.action().equals("reschedule"));
    }

    @Test
    void aStaleVersionIsRefused() {
        rounds.extendPhase(demo.id(), demo.version(), RoundPhase.CONSOLIDATION,
                plan(demo, RoundPhase.CONSOLIDATION).endsOn().plusDays(1));

        expectRefusal(() -> rounds.reschedule(demo.id(), demo.version(), demo.plans()), "error.round.changed-meanwhile");
        expectRefusal(() -> rounds.advance(demo.id(), demo.version()), "error.round.changed-meanwhile");
        assertThat(rounds.round(demo.id()).orElseThrow().phase()).isEqualTo(RoundPhase.DRAFTING);
    }

    // ---------------------------------------------------------------- extend

    @Test
    void extendingAPhaseShiftsTheLaterOnesAndKeepsTheirLength() {
        PhasePlan drafting = plan(demo, RoundPhase.DRAFTING);
        LocalDate newEnd = drafting.endsOn().plusDays(5);

        RoundSummary extended = rounds.extendPhase(demo.id(), demo.version(), RoundPhase.DRAFTING, newEnd);

        assertThat(plan(extended, RoundPhase.DRAFTING)).isEqualTo(new PhasePlan(RoundPhase.DRAFTING, drafting.startsOn(), newEnd));
        LocalDate previousEnd = newEnd;
        for (RoundPhase later : List.of(RoundPhase.CO_DESIGN, RoundPhase.REVIEW, RoundPhase.CONSOLIDATION)) {
            PhasePlan now = plan(extended, later);
            assertThat(now.startsOn()).as(later + " starts").isEqualTo(previousEnd.plusDays(1));
            assertThat(length(now)).as(later + " length").isEqualTo(length(plan(demo, later)));
            previousEnd = now.endsOn();
        }
        assertThat(extended.closesOn()).isEqualTo(demo.closesOn().plusDays(5));
        assertThat(extended.phase()).isEqualTo(RoundPhase.DRAFTING);
        assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.action().equals("extend-phase"));
    }

    @Test
    void extendingIntoAGapLeavesTheLaterPhasesWhereTheyAre() {
        PhasePlan review = plan(demo, RoundPhase.REVIEW);
        PhasePlan consolidation = plan(demo, RoundPhase.CONSOLIDATION);
        // leave ten free days between co-design and review
        RoundSummary gapped = rounds.reschedule(demo.id(), demo.version(), replace(demo.plans(),
                new PhasePlan(RoundPhase.REVIEW, review.startsOn().plusDays(10), review.endsOn().plusDays(10)),
                new PhasePlan(RoundPhase.CONSOLIDATION, consolidation.startsOn().plusDays(10),
                        consolidation.endsOn().plusDays(10))));
        LocalDate newEnd = plan(demo, RoundPhase.CO_DESIGN).endsOn().plusDays(3);

        RoundSummary extended = rounds.extendPhase(gapped.id(), gapped.version(), RoundPhase.CO_DESIGN, newEnd);

        assertThat(plan(extended, RoundPhase.CO_DESIGN).endsOn()).isEqualTo(newEnd);
        assertThat(plan(extended, RoundPhase.REVIEW)).isEqualTo(plan(gapped, RoundPhase.REVIEW));
        assertThat(plan(extended, RoundPhase.CONSOLIDATION)).isEqualTo(plan(gapped, RoundPhase.CONSOLIDATION));
    }

    @Test
    void extendRefusesAnEndThatIsNotLaterAndAPhaseThatIsOver() {
        PhasePlan drafting = plan(demo, RoundPhase.DRAFTING);

        InvalidInputException notLater = catchThrowableOfType(InvalidInputException.class,
                () -> rounds.extendPhase(demo.id(), demo.version(), RoundPhase.DRAFTING, drafting.endsOn()));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> rounds.extendPhase(demo.id(), demo.version(), RoundPhase.DRAFTING, null));

        assertThat(notLater.fieldErrors()).containsExactlyEntriesOf(java.util.Map.of("newEnd", "round.validation.extend-later"));
        assertThat(missing.fieldErrors()).containsExactlyEntriesOf(java.util.Map.of("newEnd", "validation.required"));

        RoundSummary coDesign = rounds.advance(demo.id(), demo.version());
        expectRefusal(() -> rounds.extendPhase(coDesign.id(), coDesign.version(), RoundPhase.DRAFTING,
                drafting.endsOn().plusDays(3)), "error.round.phase-over");
        assertThat(plan(rounds.round(demo.id()).orElseThrow(), RoundPhase.DRAFTING)).isEqualTo(drafting);
    }

    // ---------------------------------------------------------------- advance

    @Test
    void advanceMovesToTheNextPhaseAndPublishesPhaseStarted() {
        RoundSummary moved = rounds.advance(demo.id(), demo.version());

        assertThat(moved.phase()).isEqualTo(RoundPhase.CO_DESIGN);
        assertThat(moved.phaseSince()).isEqualTo(today);
        assertThat(moved.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(moved.plans()).isEqualTo(demo.plans());
        assertThat(rounds.openRound()).contains(moved);
        assertThat(events.stream(PhaseStarted.class))
                .containsExactly(new PhaseStarted(demo.id(), "EDP 2026-2027", RoundPhase.CO_DESIGN, "admin"));
        assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("phase-change");
            assertThat(((RoundSummary) e.before()).phase()).isEqualTo(RoundPhase.DRAFTING);
            assertThat(((RoundSummary) e.after()).phase()).isEqualTo(RoundPhase.CO_DESIGN);
        });
    }

    @Test
    void afterConsolidationTheRoundIsClosedAndRefusesEveryChange() {
        RoundSummary closed = closeDemoRound();

        assertThat(closed.phase()).isEqualTo(RoundPhase.CLOSED);
        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(rounds.openRound()).isEmpty();
        assertThat(events.stream(PhaseStarted.class)).extracting(PhaseStarted::phase)
                .containsExactly(RoundPhase.CO_DESIGN, RoundPhase.REVIEW, RoundPhase.CONSOLIDATION, RoundPhase.CLOSED);

        expectRefusal(() -> rounds.advance(closed.id(), closed.version()), "error.round.closed");
        expectRefusal(() -> rounds.reschedule(closed.id(), closed.version(), closed.plans()), "error.round.closed");
        expectRefusal(() -> rounds.extendPhase(closed.id(), closed.version(), RoundPhase.CONSOLIDATION,
                closed.closesOn().plusDays(10)), "error.round.closed");
        assertThat(rounds.round(closed.id())).contains(closed);
    }

    @Test
    void unknownRoundIsRefused() {
        expectRefusal(() -> rounds.advance(-1L, 0), "error.round.not-found");
    }

    // ---------------------------------------------------------------- who

    @Test
    void onlyAdministratorsMayManageRounds() {
        assertThat(rounds.mayManage()).isTrue();
        for (String username : List.of("reviewer", "afil.rep", "wg.member", "observer")) {
            SignIn.as(userDetailsService, username);
            assertThat(rounds.mayManage()).as(username).isFalse();
            expectNotPermitted(() -> rounds.create(new RoundDraft(2028, plan(today.plusDays(7)))));
            expectNotPermitted(() -> rounds.reschedule(demo.id(), demo.version(), demo.plans()));
            expectNotPermitted(() -> rounds.extendPhase(demo.id(), demo.version(), RoundPhase.DRAFTING,
                    demo.closesOn().plusDays(1)));
            expectNotPermitted(() -> rounds.advance(demo.id(), demo.version()));
            // reading is for everyone
            assertThat(rounds.openRound()).contains(demo);
        }
        SignIn.out();
        assertThat(rounds.mayManage()).isFalse();
        expectNotPermitted(() -> rounds.advance(demo.id(), demo.version()), "error.sign-in-required");
        assertThat(rounds.round(demo.id())).contains(demo);
        assertThat(events.stream(PhaseStarted.class)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private RoundSummary closeDemoRound() {
        RoundSummary round = demo;
        while (round.phase() != RoundPhase.CLOSED) {
            round = rounds.advance(round.id(), round.version());
        }
        return round;
    }

    /** Four adjacent phases of 4, 3, 4 and 2 weeks from the given day. */
    static List<PhasePlan> plan(LocalDate start) {
        List<PhasePlan> plans = new ArrayList<>();
        int[] weeks = {4, 3, 4, 2};
        for (int i = 0; i < weeks.length; i++) {
            LocalDate end = start.plusWeeks(weeks[i]).minusDays(1);
            plans.add(new PhasePlan(RoundPhase.SCHEDULED.get(i), start, end));
            start = end.plusDays(1);
        }
        return plans;
    }

    static PhasePlan plan(RoundSummary round, RoundPhase phase) {
        return round.plan(phase).orElseThrow();
    }

    static List<PhasePlan> replace(List<PhasePlan> plans, PhasePlan... replacements) {
        List<PhasePlan> result = new ArrayList<>(plans);
        for (PhasePlan replacement : replacements) {
            result.replaceAll(p -> p.phase() == replacement.phase() ? replacement : p);
        }
        return result;
    }

    private static long length(PhasePlan plan) {
        return ChronoUnit.DAYS.between(plan.startsOn(), plan.endsOn());
    }

    private static List<String> priorityTitles(EditionContent content) {
        return content.macroThemes().stream().flatMap(m -> m.priorities().stream()).map(PriorityContent::title).toList();
    }

    private static void expectRefusal(ThrowingCallable call, String key) {
        TranslatableException refused = catchThrowableOfType(TranslatableException.class, call);
        assertThat(refused).as(key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
    }

    private static void expectNotPermitted(ThrowingCallable call) {
        expectNotPermitted(call, "error.round.admin-only");
    }

    private static void expectNotPermitted(ThrowingCallable call, String key) {
        NotPermittedException refused = catchThrowableOfType(NotPermittedException.class, call);
        assertThat(refused).as(key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
    }
}
