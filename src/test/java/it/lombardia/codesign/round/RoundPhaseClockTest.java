package it.lombardia.codesign.round;

import static it.lombardia.codesign.round.RoundServiceTest.plan;
import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phase clock against the demo round, re-planned by an administrator so that a phase is due or
 * ending; the clock itself runs with nobody signed in, as the scheduler does. Every test rolls back.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
@RecordApplicationEvents
class RoundPhaseClockTest {

    @Autowired
    PhaseClock phaseClock;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    EdpRoundRepository roundRepository;
    @Autowired
    ApplicationEventPublisher publisher;

    RoundSummary demo;
    LocalDate today;

    @BeforeEach
    void readDemoRound() {
        SignIn.as(userDetailsService, "admin");
        demo = rounds.openRound().orElseThrow();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void nothingHappensWhileNoPhaseIsDueOrEnding() {
        // as in the demo data: drafting ends in five days
        replan(adjacent(today.minusDays(30), today.plusDays(5), 14, 20, 6));
        tickWithNobodySignedIn();

        assertThat(events.stream(PhaseStarted.class)).isEmpty();
        assertThat(events.stream(PhaseEnding.class)).isEmpty();
        assertThat(rounds.round(demo.id()).orElseThrow().phase()).isEqualTo(RoundPhase.DRAFTING);
    }

    @Test
    void aPhaseWhosePlannedEndHasPassedGivesWayToTheNext() {
        replan(adjacent(today.minusDays(30), today.minusDays(1), 14, 20, 6));

        tickWithNobodySignedIn();

        RoundSummary round = rounds.round(demo.id()).orElseThrow();
        assertThat(round.phase()).isEqualTo(RoundPhase.CO_DESIGN);
        assertThat(round.phaseSince()).isEqualTo(today);
        assertThat(round.phaseDaysLeft(today)).isEqualTo(13);
        assertThat(events.stream(PhaseStarted.class))
                .containsExactly(new PhaseStarted(demo.id(), "EDP 2026-2027", RoundPhase.CO_DESIGN, PhaseClock.SYSTEM));
        assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.action()).isEqualTo("phase-change");
        });
        // co-design has two weeks to go: no reminder yet
        assertThat(events.stream(PhaseEnding.class)).isEmpty();
    }

    /**
     * At 00:30 in Lombardy the server's UTC clock still reads the day before: the phase that ended
     * yesterday in Lombardy must give way all the same, as the app's clock keeps Italian days.
     */
    @Test
    void aPhaseEndsAtMidnightInLombardyAlsoOnAServerThatRunsInUtc() {
        replan(adjacent(today.minusDays(30), today.minusDays(1), 14, 20, 6));
        Instant halfPastMidnight = today.atTime(0, 30).atZone(ZoneId.of("Europe/Rome")).toInstant();
        assertThat(LocalDate.ofInstant(halfPastMidnight, ZoneOffset.UTC)).isEqualTo(today.minusDays(1));
        PhaseClock atHalfPastMidnight = new PhaseClock(roundRepository, rounds, publisher,
                Clock.fixed(halfPastMidnight, clock.getZone()));

        SignIn.out();
        atHalfPastMidnight.tick();

        assertThat(rounds.round(demo.id()).orElseThrow().phase()).isEqualTo(RoundPhase.CO_DESIGN);
    }

    @Test
    void severalOverduePhasesAreCaughtUpInOneTick() {
        replan(adjacent(today.minusDays(40), today.minusDays(12), 11, 20, 6));

        tickWithNobodySignedIn();

        assertThat(rounds.round(demo.id()).orElseThrow().phase()).isEqualTo(RoundPhase.REVIEW);
        assertThat(events.stream(PhaseStarted.class)).extracting(PhaseStarted::phase)
                .containsExactly(RoundPhase.CO_DESIGN, RoundPhase.REVIEW);
    }

    @Test
    void aPhaseEndingWithinThreeDaysIsAnnouncedOnce() {
        LocalDate draftingEnd = today.plusDays(PhaseClock.NOTICE_DAYS - 1);
        replan(adjacent(today.minusDays(30), draftingEnd, 14, 20, 6));

        tickWithNobodySignedIn();

        assertThat(events.stream(PhaseEnding.class))
                .containsExactly(new PhaseEnding(demo.id(), "EDP 2026-2027", RoundPhase.DRAFTING, draftingEnd));
        assertThat(events.stream(PhaseStarted.class)).isEmpty();

        events.clear();
        tickWithNobodySignedIn();

        assertThat(events.stream(PhaseEnding.class)).isEmpty();
        assertThat(rounds.round(demo.id()).orElseThrow().phase()).isEqualTo(RoundPhase.DRAFTING);
    }

    @Test
    void aNewEndDateEarnsANewReminder() {
        LocalDate draftingEnd = today.plusDays(1);
        RoundSummary replanned = replan(adjacent(today.minusDays(30), draftingEnd, 14, 20, 6));
        tickWithNobodySignedIn();
        assertThat(events.stream(PhaseEnding.class)).hasSize(1);

        SignIn.as(userDetailsService, "admin");
        rounds.extendPhase(demo.id(), rounds.round(demo.id()).orElseThrow().version(), RoundPhase.DRAFTING,
                draftingEnd.plusDays(1));
        events.clear();
        tickWithNobodySignedIn();

        assertThat(events.stream(PhaseEnding.class))
                .containsExactly(new PhaseEnding(replanned.id(), "EDP 2026-2027", RoundPhase.DRAFTING, draftingEnd.plusDays(1)));
    }

    @Test
    void aPlannedRoundStartsOnItsDraftingDay() {
        RoundSummary round = demo;
        while (!round.phase().closed()) {
            round = rounds.advance(round.id(), round.version());
        }
        RoundSummary created = rounds.create(new RoundDraft(2028, plan(today)));
        assertThat(created.phase()).isEqualTo(RoundPhase.PLANNED);
        events.clear();

        tickWithNobodySignedIn();

        RoundSummary started = rounds.round(created.id()).orElseThrow();
        assertThat(started.phase()).isEqualTo(RoundPhase.DRAFTING);
        assertThat(started.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(events.stream(PhaseStarted.class))
                .containsExactly(new PhaseStarted(created.id(), "EDP 2028-2029", RoundPhase.DRAFTING, PhaseClock.SYSTEM));
    }

    // ---------------------------------------------------------------- helpers

    private RoundSummary replan(List<PhasePlan> plans) {
        RoundSummary current = rounds.round(demo.id()).orElseThrow();
        RoundSummary saved = rounds.reschedule(current.id(), current.version(), plans);
        events.clear();
        return saved;
    }

    private void tickWithNobodySignedIn() {
        SignIn.out();
        phaseClock.tick();
    }

    /** Drafting from start to draftingEnd, then co-design, review and consolidation of the given lengths in days. */
    private static List<PhasePlan> adjacent(LocalDate start, LocalDate draftingEnd, int coDesignDays, int reviewDays,
                                            int consolidationDays) {
        LocalDate coDesignEnd = draftingEnd.plusDays(coDesignDays);
        LocalDate reviewEnd = coDesignEnd.plusDays(reviewDays);
        return List.of(
                new PhasePlan(RoundPhase.DRAFTING, start, draftingEnd),
                new PhasePlan(RoundPhase.CO_DESIGN, draftingEnd.plusDays(1), coDesignEnd),
                new PhasePlan(RoundPhase.REVIEW, coDesignEnd.plusDays(1), reviewEnd),
                new PhasePlan(RoundPhase.CONSOLIDATION, reviewEnd.plusDays(1), reviewEnd.plusDays(consolidationDays)));
    }
}
