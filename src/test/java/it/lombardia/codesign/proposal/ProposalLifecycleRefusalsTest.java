package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.shared.NotPermittedException;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every refusal of the proposal lifecycle: the wrong phase of the round, the wrong role or cluster,
 * the wrong state, a stale version. Each one is refused with the reason the user is shown, and
 * leaves the proposal, its history and versions as they were, with nothing announced (see
 * {@link LifecycleTestSupport#assertRefused}).
 */
class ProposalLifecycleRefusalsTest extends LifecycleTestSupport {

    private static final String REASON = "A reason.";

    @Autowired
    JdbcClient jdbc;

    // ------------------------------------------------------------------------------ wrong phase

    @Test
    void draftsAreNeitherSubmittedNorEditedOnceReviewStarts() {
        ProposalDetails draft = draft("afil.rep", "AFIL");
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.REVIEW);
        as("afil.rep");

        assertRefused("workflow.refusal.phase.drafting", draft.id(), () -> lifecycle.submit(draft.id(), draft.version()));
        assertRefused("workflow.refusal.phase.drafting", draft.id(), () -> proposals.save(draft.id(), draft.version(),
                edited(draft)));
        assertRefused("workflow.refusal.phase.drafting", submitted.id(),
                () -> proposals.save(submitted.id(), submitted.version(), edited(submitted)));
        assertRefused("workflow.refusal.phase.drafting", draft.id(), () -> proposals.create(roundId,
                macroTheme("AFIL", unique("Too late")).build()));
    }

    @Test
    void reviewsStartAndDecisionsAreTakenOnlyDuringReview() {
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.CO_DESIGN);
        as("reviewer");

        assertRefused("workflow.refusal.phase.review", submitted.id(),
                () -> lifecycle.startReview(submitted.id(), submitted.version()));
        // a decision needs a proposal under review first
        assertRefused("workflow.refusal.state.decide", submitted.id(),
                () -> lifecycle.approve(submitted.id(), submitted.version(), null));

        // under review when review ends: no decision during consolidation
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(submitted.id(), submitted.version());
        moveRoundTo(RoundPhase.CONSOLIDATION);
        as("reviewer");
        long id = underReview.id();
        long version = underReview.version();
        assertRefused("workflow.refusal.phase.review", id, () -> lifecycle.approve(id, version, null));
        assertRefused("workflow.refusal.phase.review", id, () -> lifecycle.reject(id, version, REASON));
        assertRefused("workflow.refusal.phase.review", id, () -> lifecycle.requestChanges(id, version, REASON));
    }

    @Test
    void changeRequestsAndInvitationsAreAnsweredUntilReviewEnds() {
        ProposalDetails created = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails submitted = lifecycle.submit(created.id(), created.version());
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(submitted.id(), submitted.version());
        ProposalDetails changes = lifecycle.requestChanges(underReview.id(), underReview.version(), REASON);
        moveRoundTo(RoundPhase.CONSOLIDATION);
        long id = changes.id();

        as("afil.rep");
        assertRefused("workflow.refusal.phase.changes", id, () -> lifecycle.resubmit(id, changes.version()));
        assertRefused("workflow.refusal.phase.changes", id, () -> proposals.save(id, changes.version(), edited(changes)));
        as("le2c.rep");
        assertRefused("workflow.refusal.phase.changes", id,
                () -> lifecycle.answerInvitation(id, changes.version(), "LE2C", true));
    }

    @Test
    void reviewersMergeOnlyDuringCoDesignAndReview() {
        ProposalDetails source = draft("afil.rep", "AFIL");
        ProposalDetails target = draft("afil.rep", "AFIL");
        as("reviewer");
        assertRefused("workflow.refusal.phase.merge", source.id(),
                () -> lifecycle.merge(source.id(), source.version(), target.id(), REASON));

        moveRoundTo(RoundPhase.CONSOLIDATION);
        as("reviewer");
        assertRefused("workflow.refusal.phase.merge", source.id(),
                () -> lifecycle.merge(source.id(), source.version(), target.id(), REASON));
    }

    @Test
    void representativesMergeOnlyDuringCoDesign() {
        ProposalDetails clm = draft("mobility.rep", "CLM");
        ProposalDetails lac = draft("mobility.rep", "LAC");
        assertRefused("workflow.refusal.phase.merge-clusters", clm.id(),
                () -> lifecycle.merge(clm.id(), clm.version(), lac.id(), REASON));

        moveRoundTo(RoundPhase.REVIEW);
        as("mobility.rep");
        assertRefused("workflow.refusal.phase.merge-clusters", clm.id(),
                () -> lifecycle.merge(clm.id(), clm.version(), lac.id(), REASON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "reviewer", "afil.rep"})
    void nothingChangesInAClosedRound(String username) {
        ProposalDetails draft = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails other = draft("afil.rep", "AFIL");
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(submitted.id(), submitted.version());
        moveRoundTo(RoundPhase.CLOSED);
        as(username);
        String closed = "workflow.refusal.round-closed";
        long id = draft.id();
        long v = draft.version();
        long ur = underReview.id();
        long urv = underReview.version();

        assertRefused(closed, id, () -> proposals.save(id, v, edited(draft)));
        assertRefused(closed, id, () -> lifecycle.submit(id, v));
        assertRefused(closed, id, () -> lifecycle.resubmit(id, v));
        assertRefused(closed, id, () -> lifecycle.withdraw(id, v, REASON));
        assertRefused(closed, id, () -> lifecycle.merge(id, v, other.id(), REASON));
        assertRefused(closed, ur, () -> lifecycle.startReview(ur, urv));
        assertRefused(closed, ur, () -> lifecycle.approve(ur, urv, null));
        assertRefused(closed, ur, () -> lifecycle.reject(ur, urv, REASON));
        assertRefused(closed, ur, () -> lifecycle.requestChanges(ur, urv, REASON));
        if (!username.equals("reviewer")) { // reviewers never write proposals, whatever the phase
            assertRefused(closed, id, () -> proposals.create(roundId, macroTheme("AFIL", unique("Closed")).build()));
        }
        assertThat(lifecycle.permissions(id)).allSatisfy((action, why) -> assertThat(why).contains(closed));
        assertThat(proposals.whyReadOnly(reread(id))).contains(closed);
        as("le2c.rep");
        assertRefused(closed, id, () -> lifecycle.answerInvitation(id, v, "LE2C", true));
    }

    @Test
    void nothingHappensBeforeTheRoundStarts() {
        ProposalDetails draft = draft("afil.rep", "AFIL", "LE2C");
        // the demo round as if it were still planned (rolled back with the test)
        jdbc.sql("update edp_round set phase = 'PLANNED' where id = :id").param("id", roundId).update();
        entityManager.clear();
        as("afil.rep");
        long id = draft.id();
        long v = draft.version();

        assertRefused("workflow.refusal.round-not-started", id, () -> lifecycle.submit(id, v));
        assertRefused("workflow.refusal.round-not-started", id, () -> proposals.save(id, v, edited(draft)));
        assertRefused("workflow.refusal.round-not-started", id, () -> lifecycle.withdraw(id, v, REASON));
        assertRefused("workflow.refusal.phase.drafting", id, () -> proposals.create(roundId,
                macroTheme("AFIL", unique("Too early")).build()));
        as("le2c.rep");
        assertRefused("workflow.refusal.round-not-started", id, () -> lifecycle.answerInvitation(id, v, "LE2C", true));
    }

    // ------------------------------------------------------------------------------ wrong role

    @Test
    void anObserverChangesNothing() {
        ProposalDetails draft = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails other = draft("afil.rep", "AFIL");
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        as("observer");
        long id = draft.id();
        long v = draft.version();

        assertRefused("workflow.refusal.representatives-only", id, () -> proposals.create(roundId,
                macroTheme("AFIL", unique("By an observer")).build()));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> proposals.save(id, v, edited(draft)));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> lifecycle.submit(id, v));
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.withdraw(id, v, REASON));
        assertRefused("workflow.refusal.no-invitation", id, () -> lifecycle.answerInvitation(id, v, "LE2C", true));
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.merge(id, v, other.id(), REASON));
        moveRoundTo(RoundPhase.REVIEW);
        as("observer");
        assertRefused("workflow.refusal.staff-only", submitted.id(),
                () -> lifecycle.startReview(submitted.id(), submitted.version()));
    }

    @Test
    void aWorkingGroupMemberOfTheLeadClusterChangesNothing() {
        ProposalDetails scc = create("admin", macroTheme("SCC", unique("SCC-led")).ecosystems("CULTURE_KNOWLEDGE"));
        as("wg.member");
        long id = scc.id();
        long v = scc.version();

        assertRefused("workflow.refusal.representatives-only", id, () -> proposals.create(roundId,
                macroTheme("SCC", unique("By a WG member")).ecosystems("CULTURE_KNOWLEDGE").build()));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> proposals.save(id, v, edited(scc)));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> lifecycle.submit(id, v));
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.withdraw(id, v, REASON));
        assertRefused("workflow.refusal.staff-only", id, () -> lifecycle.startReview(id, v));
    }

    @Test
    void aRepresentativeOfAnotherClusterChangesNothing() {
        ProposalDetails draft = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails le2c = draft("le2c.rep", "LE2C");
        as("lifesciences.rep");
        long id = draft.id();
        long v = draft.version();

        assertRefused("workflow.refusal.not-your-cluster", id, () -> proposals.save(id, v, edited(draft)));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> lifecycle.submit(id, v));
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.withdraw(id, v, REASON));
        // LE2C is invited, not LSC; nor may LSC answer for LE2C
        assertRefused("workflow.refusal.no-invitation", id, () -> lifecycle.answerInvitation(id, v, "LSC", true));
        assertRefused("workflow.refusal.no-invitation", id, () -> lifecycle.answerInvitation(id, v, "LE2C", true));
        // an invited representative answers only for the invited cluster
        ProposalDetails invitesLac = draft("afil.rep", "AFIL", "LAC");
        as("mobility.rep");
        assertRefused("workflow.refusal.no-invitation", invitesLac.id(),
                () -> lifecycle.answerInvitation(invitesLac.id(), invitesLac.version(), "CLM", true));
        assertRefused("workflow.refusal.no-invitation", invitesLac.id(),
                () -> lifecycle.answerInvitation(invitesLac.id(), invitesLac.version(), "AFIL", true));

        moveRoundTo(RoundPhase.CO_DESIGN);
        as("le2c.rep");
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.merge(id, v, le2c.id(), REASON));
    }

    @Test
    void representativesDoNotReviewOrDecide() {
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        ProposalDetails underReviewLater = submitted("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(underReviewLater.id(), underReviewLater.version());
        as("afil.rep");
        long id = underReview.id();
        long v = underReview.version();

        assertRefused("workflow.refusal.staff-only", submitted.id(),
                () -> lifecycle.startReview(submitted.id(), submitted.version()));
        assertRefused("workflow.refusal.staff-only", id, () -> lifecycle.requestChanges(id, v, REASON));
        assertRefused("workflow.refusal.staff-only", id, () -> lifecycle.approve(id, v, null));
        assertRefused("workflow.refusal.staff-only", id, () -> lifecycle.reject(id, v, REASON));
        assertThat(lifecycle.permissions(id)).containsEntry(ProposalAction.APPROVE,
                Optional.of("workflow.refusal.staff-only"));
    }

    @Test
    void reviewersDoNotWriteSubmitOrWithdraw() {
        ProposalDetails draft = draft("afil.rep", "AFIL", "LE2C");
        as("reviewer");
        long id = draft.id();
        long v = draft.version();

        assertRefused("workflow.refusal.representatives-only", id, () -> proposals.create(roundId,
                macroTheme("AFIL", unique("By a reviewer")).build()));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> proposals.save(id, v, edited(draft)));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> lifecycle.submit(id, v));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> lifecycle.resubmit(id, v));
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.withdraw(id, v, REASON));
        assertRefused("workflow.refusal.no-invitation", id, () -> lifecycle.answerInvitation(id, v, "LE2C", true));
    }

    @Test
    void aCoProposerWhoIsNotTheLeadNeitherChangesWhoProposesNorWithdrawsNorMerges() {
        ProposalDetails created = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails le2c = draft("le2c.rep", "LE2C");
        as("le2c.rep");
        ProposalDetails accepted = lifecycle.answerInvitation(created.id(), created.version(), "LE2C", true);
        long id = accepted.id();
        long v = accepted.version();

        assertRefused("error.proposal.proposers-lead-only", id, () -> proposals.save(id, v,
                ProposalDraft.of(accepted.content()).co("LE2C", "LSC").build()));
        assertRefused("error.proposal.proposers-lead-only", id, () -> proposals.save(id, v,
                ProposalDraft.of(accepted.content()).lead("LE2C").co().build()));
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.withdraw(id, v, REASON));
        moveRoundTo(RoundPhase.CO_DESIGN);
        as("le2c.rep");
        assertRefused("workflow.refusal.lead-only", id, () -> lifecycle.merge(id, v, le2c.id(), REASON));
        // the other way round: LE2C leads the source but not the target
        assertInvalid("target", "workflow.refusal.lead-only", le2c.id(),
                () -> lifecycle.merge(le2c.id(), le2c.version(), id, REASON));
    }

    @Test
    void aRepresentativeMergesOnlyIntoAProposalTheirClusterLeads() {
        ProposalDetails clm = draft("mobility.rep", "CLM");
        ProposalDetails afil = draft("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.CO_DESIGN);
        as("mobility.rep");

        assertInvalid("target", "workflow.refusal.lead-only", clm.id(),
                () -> lifecycle.merge(clm.id(), clm.version(), afil.id(), REASON));
        assertInvalid("target", "workflow.validation.merge-target", clm.id(),
                () -> lifecycle.merge(clm.id(), clm.version(), clm.id(), REASON));
    }

    // ------------------------------------------------------------------------------ wrong state

    @Test
    void eachActionNeedsItsState() {
        ProposalDetails draft = draft("afil.rep", "AFIL");
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        ProposalDetails toApprove = submitted("afil.rep", "AFIL");
        ProposalDetails toReject = submitted("afil.rep", "AFIL");
        ProposalDetails toChange = submitted("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails approved = lifecycle.approve(toApprove.id(),
                lifecycle.startReview(toApprove.id(), toApprove.version()).version(), null);
        ProposalDetails rejected = lifecycle.reject(toReject.id(),
                lifecycle.startReview(toReject.id(), toReject.version()).version(), REASON);
        ProposalDetails changes = lifecycle.requestChanges(toChange.id(),
                lifecycle.startReview(toChange.id(), toChange.version()).version(), REASON);

        // reviewer
        assertRefused("workflow.refusal.state.decide", draft.id(), () -> lifecycle.approve(draft.id(), draft.version(), null));
        assertRefused("workflow.refusal.state.decide", submitted.id(),
                () -> lifecycle.reject(submitted.id(), submitted.version(), REASON));
        assertRefused("workflow.refusal.state.decide", changes.id(),
                () -> lifecycle.requestChanges(changes.id(), changes.version(), REASON));
        assertRefused("workflow.refusal.state.decide", approved.id(),
                () -> lifecycle.approve(approved.id(), approved.version(), null));
        assertRefused("workflow.refusal.state.start-review", draft.id(),
                () -> lifecycle.startReview(draft.id(), draft.version()));
        assertRefused("workflow.refusal.state.start-review", changes.id(),
                () -> lifecycle.startReview(changes.id(), changes.version()));
        assertRefused("workflow.refusal.state.final", approved.id(),
                () -> lifecycle.merge(approved.id(), approved.version(), submitted.id(), REASON));
        assertInvalid("target", "workflow.refusal.state.final", submitted.id(),
                () -> lifecycle.merge(submitted.id(), submitted.version(), rejected.id(), REASON));
        // the lead's representative
        as("afil.rep");
        assertRefused("workflow.refusal.state.resubmit", submitted.id(),
                () -> lifecycle.resubmit(submitted.id(), submitted.version()));
        assertRefused("workflow.refusal.state.submit", changes.id(), () -> lifecycle.submit(changes.id(), changes.version()));
        assertRefused("workflow.refusal.state.final", approved.id(),
                () -> lifecycle.withdraw(approved.id(), approved.version(), REASON));
        assertRefused("workflow.refusal.state.final", rejected.id(),
                () -> lifecycle.withdraw(rejected.id(), rejected.version(), REASON));
        assertRefused("workflow.refusal.state.edit", approved.id(),
                () -> proposals.save(approved.id(), approved.version(), edited(approved)));
        assertRefused("workflow.refusal.state.edit", rejected.id(),
                () -> proposals.save(rejected.id(), rejected.version(), edited(rejected)));
    }

    @Test
    void aProposalUnderReviewIsNotEditedAndASubmittedOneNotSubmittedAgain() {
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        assertRefused("workflow.refusal.state.submit", submitted.id(),
                () -> lifecycle.submit(submitted.id(), submitted.version()));
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(submitted.id(), submitted.version());
        ProposalDetails resubmittedLater = lifecycle.requestChanges(underReview.id(), underReview.version(), REASON);
        as("afil.rep");
        ProposalDetails resubmitted = lifecycle.resubmit(resubmittedLater.id(), resubmittedLater.version());

        assertRefused("workflow.refusal.state.edit", resubmitted.id(),
                () -> proposals.save(resubmitted.id(), resubmitted.version(), edited(resubmitted)));
        assertRefused("workflow.refusal.state.resubmit", resubmitted.id(),
                () -> lifecycle.resubmit(resubmitted.id(), resubmitted.version()));
        as("reviewer");
        ProposalDetails again = lifecycle.startReview(resubmitted.id(), resubmitted.version());
        as("afil.rep");
        assertRefused("workflow.refusal.state.edit", again.id(),
                () -> proposals.save(again.id(), again.version(), edited(again)));
        assertThat(proposals.whyReadOnly(reread(again.id()))).contains("workflow.refusal.state.edit");
    }

    @Test
    void aMergedProposalIsNotMergedAgainNorAnythingElse() {
        ProposalDetails source = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails target = draft("afil.rep", "AFIL");
        ProposalDetails third = draft("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.CO_DESIGN);
        as("reviewer");
        lifecycle.merge(source.id(), source.version(), target.id(), REASON);
        ProposalDetails merged = reread(source.id());
        long id = merged.id();
        long v = merged.version();

        assertRefused("workflow.refusal.state.final", id, () -> lifecycle.merge(id, v, third.id(), REASON));
        assertInvalid("target", "workflow.refusal.state.final", third.id(),
                () -> lifecycle.merge(third.id(), third.version(), id, REASON));
        as("afil.rep");
        assertRefused("workflow.refusal.state.final", id, () -> lifecycle.withdraw(id, v, REASON));
        assertRefused("workflow.refusal.state.edit", id, () -> proposals.save(id, v, edited(merged)));
        assertRefused("workflow.refusal.state.submit", id, () -> lifecycle.submit(id, v));
        // its pending invitation can no longer be answered
        as("le2c.rep");
        assertRefused("workflow.refusal.state.final", id, () -> lifecycle.answerInvitation(id, v, "LE2C", true));
    }

    // ------------------------------------------------------------------------------ stale version

    @Test
    void aStaleVersionIsAConflictWhateverTheAction() {
        ProposalDetails loaded = draft("afil.rep", "AFIL", "LE2C");
        long id = loaded.id();
        long stale = loaded.version();
        ProposalDetails saved = proposals.save(id, stale, edited(loaded));

        ProposalConflictException conflict = assertConflict(id, () -> lifecycle.submit(id, stale));
        assertThat(conflict.current().version()).isEqualTo(saved.version());
        assertThat(conflict.current().updatedBy()).isEqualTo("afil.rep");
        assertConflict(id, () -> proposals.save(id, stale, edited(loaded)));
        assertConflict(id, () -> lifecycle.withdraw(id, stale, REASON));
        as("le2c.rep");
        assertConflict(id, () -> lifecycle.answerInvitation(id, stale, "LE2C", true));
        ProposalDetails accepted = lifecycle.answerInvitation(id, saved.version(), "LE2C", true);
        ProposalDetails other = draft("afil.rep", "AFIL");
        ProposalDetails submitted = lifecycle.submit(id, accepted.version());

        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        assertConflict(id, () -> lifecycle.startReview(id, accepted.version()));
        assertConflict(id, () -> lifecycle.merge(id, accepted.version(), other.id(), REASON));
        ProposalDetails underReview = lifecycle.startReview(id, submitted.version());
        assertConflict(id, () -> lifecycle.approve(id, submitted.version(), null));
        assertConflict(id, () -> lifecycle.reject(id, submitted.version(), REASON));
        assertConflict(id, () -> lifecycle.requestChanges(id, submitted.version(), REASON));
        ProposalDetails changes = lifecycle.requestChanges(id, underReview.version(), REASON);
        as("afil.rep");
        assertConflict(id, () -> lifecycle.resubmit(id, underReview.version()));
        assertThat(lifecycle.resubmit(id, changes.version()).status()).isEqualTo(ProposalStatus.RESUBMITTED);
    }

    // ------------------------------------------------------------------------------ permissions

    @Test
    void permissionsOfTheLeadsRepresentativeOnADraftWhileDrafting() {
        ProposalDetails draft = draft("afil.rep", "AFIL");

        Map<ProposalAction, Optional<String>> permissions = lifecycle.permissions(draft.id());

        assertThat(permissions).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(ProposalAction.EDIT, Optional.empty()),
                Map.entry(ProposalAction.INVITE, Optional.empty()),
                Map.entry(ProposalAction.SUBMIT, Optional.empty()),
                Map.entry(ProposalAction.WITHDRAW, Optional.empty()),
                Map.entry(ProposalAction.RESUBMIT, Optional.of("workflow.refusal.state.resubmit")),
                Map.entry(ProposalAction.ANSWER_INVITATION, Optional.of("workflow.refusal.no-invitation")),
                Map.entry(ProposalAction.START_REVIEW, Optional.of("workflow.refusal.staff-only")),
                Map.entry(ProposalAction.REQUEST_CHANGES, Optional.of("workflow.refusal.staff-only")),
                Map.entry(ProposalAction.APPROVE, Optional.of("workflow.refusal.staff-only")),
                Map.entry(ProposalAction.REJECT, Optional.of("workflow.refusal.staff-only")),
                Map.entry(ProposalAction.MERGE, Optional.of("workflow.refusal.phase.merge-clusters"))));
        assertServicesAgree(draft.id(), permissions);
    }

    @Test
    void permissionsAgreeWithTheServicesForEveryRoleStateAndPhase() {
        ProposalDetails draft = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        ProposalDetails underReview = submitted("afil.rep", "AFIL");
        String[] users = {"admin", "reviewer", "afil.rep", "le2c.rep", "observer"};

        checkAll(users, draft.id(), submitted.id());
        moveRoundTo(RoundPhase.CO_DESIGN);
        checkAll(users, draft.id(), submitted.id());
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        lifecycle.startReview(underReview.id(), underReview.version());
        checkAll(users, draft.id(), submitted.id(), underReview.id());
        moveRoundTo(RoundPhase.CONSOLIDATION);
        checkAll(users, draft.id(), submitted.id(), underReview.id());
        moveRoundTo(RoundPhase.CLOSED);
        checkAll(users, draft.id(), submitted.id(), underReview.id());
    }

    private void checkAll(String[] users, long... ids) {
        for (String user : users) {
            as(user);
            for (long id : ids) {
                assertServicesAgree(id, lifecycle.permissions(id));
            }
        }
    }

    /**
     * For every action the permissions refuse, the service refuses with the same reason, and all the
     * refusals together change nothing. (Allowed actions are taken, after the same check, in
     * ProposalLifecycleTransitionsTest.)
     */
    private void assertServicesAgree(long id, Map<ProposalAction, Optional<String>> permissions) {
        assertThat(permissions).containsOnlyKeys(ProposalAction.values());
        Observed before = observe(id);
        long announced = announcements().count();
        ProposalDetails p = before.details();
        long v = p.version();
        long other = draftElsewhere();
        String user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getName();
        for (Map.Entry<ProposalAction, Optional<String>> permission : permissions.entrySet()) {
            if (permission.getValue().isEmpty()) {
                continue;
            }
            String key = permission.getValue().get();
            ThrowingCallable call = switch (permission.getKey()) {
                case EDIT -> () -> proposals.save(id, v, edited(p));
                case INVITE -> {
                    key = permissions.get(ProposalAction.EDIT).orElse("error.proposal.proposers-lead-only");
                    yield () -> proposals.save(id, v, ProposalDraft.of(p.content()).co("LGCA").build());
                }
                case SUBMIT -> () -> lifecycle.submit(id, v);
                case RESUBMIT -> () -> lifecycle.resubmit(id, v);
                case WITHDRAW -> () -> lifecycle.withdraw(id, v, REASON);
                case ANSWER_INVITATION -> () -> lifecycle.answerInvitation(id, v, clusterOf(user), true);
                case START_REVIEW -> () -> lifecycle.startReview(id, v);
                case REQUEST_CHANGES -> () -> lifecycle.requestChanges(id, v, REASON);
                case APPROVE -> () -> lifecycle.approve(id, v, null);
                case REJECT -> () -> lifecycle.reject(id, v, REASON);
                case MERGE -> () -> lifecycle.merge(id, v, other, REASON);
            };
            assertThat(catchThrowable(call)).as("%s by %s on %s", permission.getKey(), user, p.status())
                    .isInstanceOf(NotPermittedException.class)
                    .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo(key);
        }
        assertThat(observe(id)).as("refused by %s: nothing changed", user).isEqualTo(before);
        assertThat(announcements().count()).as("refused by %s: nothing announced", user).isEqualTo(announced);
    }

    private Long otherDraft;

    /** Another proposal of the round, as a merge target; made once per test by the administrator. */
    private long draftElsewhere() {
        if (otherDraft == null) {
            // stored directly, whatever the phase: the source is refused before the target matters
            java.time.Instant now = java.time.Instant.now();
            Proposal target = new Proposal(roundId, "admin", now);
            target.apply(macroTheme("AFIL", unique("Merge target")).build(), "admin", now);
            otherDraft = repository.saveAndFlush(target).getId();
        }
        return otherDraft;
    }

    @Autowired
    ProposalRepository repository;

    private static String clusterOf(String user) {
        return switch (user) {
            case "le2c.rep" -> "LE2C";
            case "mobility.rep" -> "CLM";
            case "lifesciences.rep" -> "LSC";
            case "wg.member" -> "SCC";
            default -> "AFIL";
        };
    }

    @Test
    void aRefusalIsANotPermittedExceptionTheUserCanRead() {
        ProposalDetails draft = draft("afil.rep", "AFIL");
        as("observer");

        Throwable thrown = catchThrowable(() -> lifecycle.submit(draft.id(), draft.version()));

        assertThat(thrown).isInstanceOf(NotPermittedException.class)
                .hasMessage("workflow.refusal.not-your-cluster");
    }

    private static ProposalContent edited(ProposalDetails p) {
        return ProposalDraft.of(p.content()).description(p.content().description() + " Edited.").build();
    }
}
