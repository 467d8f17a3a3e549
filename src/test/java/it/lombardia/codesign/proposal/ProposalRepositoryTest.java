package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.round.RoundService;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counting queries of the proposal repository, on entities saved straight through it. Every test
 * runs in a transaction that is rolled back, and asserts counts relative to those before.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
class ProposalRepositoryTest {

    private static final String AM = "ADVANCED_MANUFACTURING";
    private static final String SU = "SUSTAINABILITY";
    private static final String CI = "CONNECTIVITY_INFORMATION";

    @Autowired
    ProposalRepository repository;
    @Autowired
    RoundService rounds;
    @Autowired
    JdbcClient jdbc;

    long roundId;
    /** A round id that no round has, for proposals that must not show up in the open round's counts. */
    long otherRoundId;

    @BeforeEach
    void rounds() {
        roundId = rounds.openRound().orElseThrow().id();
        otherRoundId = jdbc.sql("select coalesce(max(id), 0) + 1000 from edp_round").query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void countByStatusGroupsTheRoundsProposals() {
        Map<ProposalStatus, Long> before = byStatus(roundId);
        long total = total(before);

        save(roundId, macroTheme("AFIL", unique("draft 1")).build(), false);
        save(roundId, macroTheme("LE2C", unique("draft 2")).ecosystems(SU).build(), false);
        save(roundId, macroTheme("CLM", unique("submitted")).build(), true);
        save(otherRoundId, macroTheme("CLM", unique("other round")).build(), true);

        Map<ProposalStatus, Long> after = byStatus(roundId);
        assertThat(after.getOrDefault(ProposalStatus.DRAFT, 0L)).isEqualTo(before.getOrDefault(ProposalStatus.DRAFT, 0L) + 2);
        assertThat(after.getOrDefault(ProposalStatus.SUBMITTED, 0L))
                .isEqualTo(before.getOrDefault(ProposalStatus.SUBMITTED, 0L) + 1);
        assertThat(total(after)).isEqualTo(total + 3)
                .isEqualTo(repository.count(ProposalSpecifications.matching(ProposalFilter.ofRound(roundId))));
        assertThat(byStatus(otherRoundId)).containsExactly(Map.entry(ProposalStatus.SUBMITTED, 1L));
    }

    @Test
    void countByStatusRowsAreStatusAndLong() {
        save(roundId, macroTheme("AFIL", unique("typed")).build(), false);

        List<Object[]> rows = repository.countByStatus(roundId);

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(2);
            assertThat(row[0]).isInstanceOf(ProposalStatus.class);
            assertThat(row[1]).isInstanceOf(Long.class);
        });
        assertThat(rows).extracting(row -> row[0]).doesNotHaveDuplicates();
    }

    @Test
    void aRoundWithoutProposalsHasNoRows() {
        assertThat(repository.countByStatus(otherRoundId)).isEmpty();
        assertThat(repository.countLeadByEcosystem(otherRoundId)).isEmpty();
        assertThat(repository.countCoProposedByEcosystem(otherRoundId)).isEmpty();
    }

    @Test
    void countLeadByEcosystemCountsEachEcosystemOfTheLead() {
        Map<List<String>, Long> before = cells(repository.countLeadByEcosystem(roundId));

        save(roundId, macroTheme("AFIL", unique("lead 1")).co("LE2C").ecosystems(AM, SU).build(), false);
        save(roundId, macroTheme("AFIL", unique("lead 2")).ecosystems(AM).build(), true);
        // withdrawn and merged proposals no longer count for their lead
        saveIn(ProposalStatus.WITHDRAWN, macroTheme("AFIL", unique("lead withdrawn")).ecosystems(AM).build());
        saveIn(ProposalStatus.MERGED, macroTheme("AFIL", unique("lead merged")).ecosystems(SU).build());
        save(otherRoundId, macroTheme("AFIL", unique("lead elsewhere")).ecosystems(AM).build(), false);

        Map<List<String>, Long> after = cells(repository.countLeadByEcosystem(roundId));
        assertThat(delta(before, after)).containsOnly(
                Map.entry(List.of("AFIL", AM), 2L),
                Map.entry(List.of("AFIL", SU), 1L));
        assertThat(cells(repository.countLeadByEcosystem(otherRoundId))).containsOnly(Map.entry(List.of("AFIL", AM), 1L));
    }

    @Test
    void countCoProposedByEcosystemCountsEachCoProposerAndEcosystemButNotTheLead() {
        Map<List<String>, Long> before = cells(repository.countCoProposedByEcosystem(roundId));

        save(roundId, macroTheme("LGCA", unique("co 1")).co("LE2C", "CLM").ecosystems(SU, CI).build(), false);
        save(roundId, macroTheme("LGCA", unique("co 2")).co("LE2C").ecosystems(SU).build(), false);
        save(roundId, macroTheme("LGCA", unique("no co")).ecosystems(SU).build(), false);
        // invited but not (yet) agreed, and proposals that no longer stand, do not count
        Instant now = Instant.now();
        Proposal invited = new Proposal(roundId, "repository.test", now);
        invited.apply(macroTheme("LGCA", unique("invited only")).co("AFIL").ecosystems(SU).build(), "repository.test", now);
        invited.reconcileInvitations("repository.test", now, false);
        repository.saveAndFlush(invited);
        saveIn(ProposalStatus.WITHDRAWN, macroTheme("LGCA", unique("withdrawn")).co("LE2C").ecosystems(SU).build());
        saveIn(ProposalStatus.MERGED, macroTheme("LGCA", unique("merged")).co("CLM").ecosystems(CI).build());

        Map<List<String>, Long> after = cells(repository.countCoProposedByEcosystem(roundId));
        assertThat(delta(before, after)).containsOnly(
                Map.entry(List.of("LE2C", SU), 2L),
                Map.entry(List.of("LE2C", CI), 1L),
                Map.entry(List.of("CLM", SU), 1L),
                Map.entry(List.of("CLM", CI), 1L));
    }

    // ---------------------------------------------------------------------------------------------

    /** Saves a proposal whose co-proposers have all accepted. */
    private void save(long round, ProposalContent content, boolean submitted) {
        Instant now = Instant.now();
        Proposal proposal = new Proposal(round, "repository.test", now);
        proposal.apply(content, "repository.test", now);
        proposal.reconcileInvitations("repository.test", now, true);
        if (submitted) {
            proposal.transition(ProposalStatus.SUBMITTED, "repository.test", now);
        }
        repository.saveAndFlush(proposal);
    }

    private void saveIn(ProposalStatus status, ProposalContent content) {
        Instant now = Instant.now();
        Proposal proposal = new Proposal(roundId, "repository.test", now);
        proposal.apply(content, "repository.test", now);
        proposal.reconcileInvitations("repository.test", now, true);
        proposal.transition(status, "repository.test", now);
        repository.saveAndFlush(proposal);
    }

    private Map<ProposalStatus, Long> byStatus(long round) {
        Map<ProposalStatus, Long> counts = new HashMap<>();
        for (Object[] row : repository.countByStatus(round)) {
            counts.put((ProposalStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static long total(Map<ProposalStatus, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<List<String>, Long> cells(List<Object[]> rows) {
        Map<List<String>, Long> cells = new HashMap<>();
        for (Object[] row : rows) {
            assertThat(cells.put(List.of((String) row[0], (String) row[1]), (Long) row[2])).as("one row per cell").isNull();
        }
        return cells;
    }

    private static Map<List<String>, Long> delta(Map<List<String>, Long> before, Map<List<String>, Long> after) {
        Map<List<String>, Long> delta = new HashMap<>();
        after.forEach((cell, count) -> {
            long d = count - before.getOrDefault(cell, 0L);
            if (d != 0) {
                delta.put(cell, d);
            }
        });
        before.keySet().stream().filter(cell -> !after.containsKey(cell))
                .forEach(cell -> delta.put(cell, -before.get(cell)));
        return delta;
    }
}
