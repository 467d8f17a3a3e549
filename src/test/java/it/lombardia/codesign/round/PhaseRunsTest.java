package it.lombardia.codesign.round;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days each phase really ran are kept, whoever moved the round on: an administrator ahead of
 * plan, or the phase clock once a planned end has passed. Read back from the database; every test
 * rolls back.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
class PhaseRunsTest {

    @Autowired
    RoundService rounds;
    @Autowired
    PhaseClock phaseClock;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    Clock clock;
    @Autowired
    EntityManager entityManager;

    RoundSummary demo;
    LocalDate today;

    @BeforeEach
    void demoRound() {
        SignIn.as(userDetailsService, "admin");
        demo = rounds.openRound().orElseThrow();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRoundClosedAheadOfPlanKeepsTheDaysItsPhasesReallyRan() {
        // the demo round has been drafting for 30 days; consolidation is planned 40 to 45 days from now
        RoundSummary round = demo;
        while (!round.phase().closed()) {
            round = rounds.advance(round.id(), round.version());
        }

        RoundSummary stored = reread();
        assertThat(stored.runs()).containsExactly(
                new PhaseRun(RoundPhase.DRAFTING, today.minusDays(30), today),
                new PhaseRun(RoundPhase.CO_DESIGN, today, today),
                new PhaseRun(RoundPhase.REVIEW, today, today),
                new PhaseRun(RoundPhase.CONSOLIDATION, today, today));
        assertThat(stored.actual(RoundPhase.CONSOLIDATION)).contains(new PhasePlan(RoundPhase.CONSOLIDATION, today, today));
        assertThat(stored.plan(RoundPhase.CONSOLIDATION).orElseThrow().startsOn()).as("the plan stays as it was")
                .isEqualTo(today.plusDays(40));
    }

    @Test
    void thePhaseUnderWayHasStartedButNotEnded() {
        RoundSummary moved = rounds.advance(demo.id(), demo.version());

        assertThat(reread().runs()).containsExactly(new PhaseRun(RoundPhase.DRAFTING, today.minusDays(30), today),
                new PhaseRun(RoundPhase.CO_DESIGN, today, null));
        assertThat(moved.actual(RoundPhase.CO_DESIGN)).contains(new PhasePlan(RoundPhase.CO_DESIGN, today,
                moved.plan(RoundPhase.CO_DESIGN).orElseThrow().endsOn()));
        assertThat(moved.actual(RoundPhase.REVIEW)).isEqualTo(moved.plan(RoundPhase.REVIEW));
    }

    @Test
    void aPhaseEndedByTheClockRanUntilItsPlannedEnd() {
        LocalDate yesterday = today.minusDays(1);
        rounds.reschedule(demo.id(), demo.version(), List.of(
                new PhasePlan(RoundPhase.DRAFTING, today.minusDays(30), yesterday),
                new PhasePlan(RoundPhase.CO_DESIGN, today, today.plusDays(13)),
                new PhasePlan(RoundPhase.REVIEW, today.plusDays(14), today.plusDays(30)),
                new PhasePlan(RoundPhase.CONSOLIDATION, today.plusDays(31), today.plusDays(36))));
        SignIn.out();

        phaseClock.tick();

        assertThat(reread().runs()).containsExactly(new PhaseRun(RoundPhase.DRAFTING, today.minusDays(30), yesterday),
                new PhaseRun(RoundPhase.CO_DESIGN, today, null));
    }

    @Test
    void aPhaseCaughtUpInTheSameTickStartedAndEndedThatDay() {
        rounds.reschedule(demo.id(), demo.version(), List.of(
                new PhasePlan(RoundPhase.DRAFTING, today.minusDays(40), today.minusDays(12)),
                new PhasePlan(RoundPhase.CO_DESIGN, today.minusDays(11), today.minusDays(1)),
                new PhasePlan(RoundPhase.REVIEW, today, today.plusDays(19)),
                new PhasePlan(RoundPhase.CONSOLIDATION, today.plusDays(20), today.plusDays(25))));
        SignIn.out();

        phaseClock.tick();

        assertThat(reread().runs()).containsExactly(
                new PhaseRun(RoundPhase.DRAFTING, today.minusDays(30), today.minusDays(1)),
                new PhaseRun(RoundPhase.CO_DESIGN, today, today),
                new PhaseRun(RoundPhase.REVIEW, today, null));
    }

    private RoundSummary reread() {
        entityManager.flush();
        entityManager.clear();
        return rounds.round(demo.id()).orElseThrow();
    }
}
