package it.lombardia.codesign.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a round's published records show to whom: region staff get every proposal, others the
 * submitted ones plus the drafts of their own clusters; nobody anonymous gets anything.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class RoundProposalsTest {

    @Autowired
    RoundProposals roundProposals;
    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void regionStaffGetEveryProposalOfTheRoundWithItsClustersAndOutcome() {
        SignIn.as(userDetailsService, "reviewer");
        RoundSummary round = rounds.openRound().orElseThrow();
        List<ProposalRecord> records = roundProposals.of(round.id());

        assertThat(records).hasSize((int) proposals.count(ProposalFilter.ofRound(round.id())));
        assertThat(records).extracting(ProposalRecord::status).contains(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.roundId()).isEqualTo(round.id());
            assertThat(r.clusterCodes()).startsWith(r.leadClusterCode());
            if (!r.status().isFinal()) {
                assertThat(r.decidedAt()).isNull();
            }
        });
    }

    @Test
    void othersSeeSubmittedProposalsAndOnlyTheDraftsOfTheirOwnClusters() {
        SignIn.as(userDetailsService, "afil.rep");
        long roundId = rounds.openRound().orElseThrow().id();
        List<ProposalRecord> seenByAfil = roundProposals.of(roundId);
        List<ProposalRecord> afilDrafts = seenByAfil.stream().filter(r -> r.submittedAt() == null).toList();
        assertThat(afilDrafts).isNotEmpty()
                .allSatisfy(r -> assertThat(r.clusterCodes()).contains("AFIL"));

        SignIn.as(userDetailsService, "observer");
        List<ProposalRecord> seenByObserver = roundProposals.of(roundId);
        assertThat(seenByObserver).isNotEmpty().allSatisfy(r -> assertThat(r.submittedAt()).isNotNull());
        assertThat(seenByObserver).extracting(ProposalRecord::id)
                .doesNotContainAnyElementsOf(afilDrafts.stream().map(ProposalRecord::id).toList());

        Set<Long> visible = Set.copyOf(seenByObserver.stream().map(ProposalRecord::id).toList());
        assertThat(roundProposals.statusChanges(roundId)).allSatisfy(c -> assertThat(visible).contains(c.proposalId()));
    }

    @Test
    void nobodyAnonymousGetsTheRecords() {
        long roundId = rounds.rounds().getFirst().id();
        assertThatThrownBy(() -> roundProposals.of(roundId)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
