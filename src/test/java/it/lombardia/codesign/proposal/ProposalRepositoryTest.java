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
 * The counting queries of proposals, on entities saved straight through it. Every test
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
    ProposalCounts counts;
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
        counts.putAll(this.counts.byStatus(ProposalSpecifications.matching(ProposalFilter.ofRound(round))));
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private static long total(Map<ProposalStatus, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
