package it.lombardia.codesign.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The merge dialog's choice of targets comes from {@link ProposalLifecycle#mergeTargets}: every
 * proposal it offers is one the same user may merge into now, and every other proposal of the round
 * is refused by {@link ProposalLifecycle#merge}. Checked on the demo round's proposals plus a few of
 * each kind, for staff and for representatives, in co-design and in review.
 */
class MergeTargetsTest extends LifecycleTestSupport {

    private static final String REASON = "Same scope.";

    @ParameterizedTest
    @CsvSource({"reviewer, CLM, CO_DESIGN", "reviewer, AFIL, REVIEW", "admin, LE2C, CO_DESIGN",
            "mobility.rep, CLM, CO_DESIGN", "afil.rep, AFIL, CO_DESIGN"})
    void everyOfferedTargetIsAcceptedAndEveryOtherProposalRefused(String username, String sourceLead,
                                                                  RoundPhase phase) {
        ProposalDetails source = draft("admin", sourceLead);
        draft("mobility.rep", "LAC");
        draft("mobility.rep", "CLM");
        draft("afil.rep", "AFIL");
        draft("le2c.rep", "LE2C");
        ProposalDetails withdrawn = draft("afil.rep", "AFIL");
        as("afil.rep");
        lifecycle.withdraw(withdrawn.id(), withdrawn.version(), "Not needed.");
        moveRoundTo(phase);
        as(username);

        List<ProposalSummary> offered = lifecycle.mergeTargets(source.id());

        assertThat(offered).as("something to choose from").isNotEmpty();
        Set<Long> offeredIds = offered.stream().map(ProposalSummary::id).collect(Collectors.toSet());
        assertThat(offeredIds).doesNotContain(source.id(), withdrawn.id());
        assertThat(offered).extracting(ProposalSummary::title).isSortedAccordingTo(String::compareTo);
        List<Long> inRound = entityManager.createQuery("select p.id from Proposal p where p.roundId = :round", Long.class)
                .setParameter("round", roundId).getResultList();
        for (long other : inRound) {
            if (!offeredIds.contains(other)) {
                long v = source.version();
                Throwable refused = catchThrowable(() -> lifecycle.merge(source.id(), v, other, REASON));
                assertThat(refused).as("merging into #%d, not offered", other)
                        .isInstanceOfAny(InvalidInputException.class, NotPermittedException.class);
            }
        }

        // Each offered target is merged into in turn; the proposal that just took the others in is the next
        // source, and the next target must be offered for it too.
        ProposalDetails from = reread(source.id());
        List<Long> remaining = new ArrayList<>(offeredIds);
        while (!remaining.isEmpty()) {
            long into = remaining.removeFirst();
            assertThat(lifecycle.mergeTargets(from.id())).extracting(ProposalSummary::id).contains(into);
            ProposalDetails merged = lifecycle.merge(from.id(), from.version(), into, REASON);
            assertThat(reread(from.id()).status()).isEqualTo(ProposalStatus.MERGED);
            from = reread(merged.id());
        }
    }

    @Test
    void aRepresentativeIsOfferedOnlyWhatTheirClustersLead() {
        ProposalDetails clm = draft("mobility.rep", "CLM");
        ProposalDetails lac = draft("mobility.rep", "LAC");
        ProposalDetails afil = draft("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.CO_DESIGN);
        as("mobility.rep");

        List<ProposalSummary> offered = lifecycle.mergeTargets(clm.id());

        assertThat(offered).extracting(ProposalSummary::id).contains(lac.id()).doesNotContain(afil.id(), clm.id());
        assertThat(offered).extracting(ProposalSummary::leadClusterCode).containsOnly("CLM", "LAC");
    }

    @Test
    void nothingIsOfferedWhenTheMergeItselfIsRefused() {
        ProposalDetails clm = draft("mobility.rep", "CLM");
        draft("mobility.rep", "LAC");
        as("mobility.rep");
        assertThat(lifecycle.mergeTargets(clm.id())).as("representatives merge during co-design only").isEmpty();

        moveRoundTo(RoundPhase.CO_DESIGN);
        as("observer");
        assertThat(lifecycle.mergeTargets(clm.id())).isEmpty();
        as("afil.rep");
        assertThat(lifecycle.mergeTargets(clm.id())).as("not their cluster's proposal").isEmpty();
    }
}
