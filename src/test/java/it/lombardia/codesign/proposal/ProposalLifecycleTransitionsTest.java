package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static it.lombardia.codesign.proposal.ProposalStatus.APPROVED;
import static it.lombardia.codesign.proposal.ProposalStatus.CHANGES_REQUESTED;
import static it.lombardia.codesign.proposal.ProposalStatus.DRAFT;
import static it.lombardia.codesign.proposal.ProposalStatus.MERGED;
import static it.lombardia.codesign.proposal.ProposalStatus.REJECTED;
import static it.lombardia.codesign.proposal.ProposalStatus.RESUBMITTED;
import static it.lombardia.codesign.proposal.ProposalStatus.SUBMITTED;
import static it.lombardia.codesign.proposal.ProposalStatus.UNDER_REVIEW;
import static it.lombardia.codesign.proposal.ProposalStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every way a proposal moves through the round, as the people involved see it: its state, who did
 * what and when and why (history), the versions of its content, and what the other features hear
 * (domain events and audit entries).
 */
class ProposalLifecycleTransitionsTest extends LifecycleTestSupport {

    // ------------------------------------------------------------------------------ review cycle

    @Test
    void aDraftIsSubmittedReviewedSentBackResubmittedReviewedAgainAndApproved() {
        Instant start = Instant.now().minusMillis(1);
        ProposalDetails draft = draft("afil.rep", "AFIL");
        long id = draft.id();

        // draft -> submitted: the lead's representative, during drafting
        assertAllowed(id, ProposalAction.SUBMIT);
        ProposalDetails submitted = lifecycle.submit(id, draft.version());
        assertThat(submitted.status()).isEqualTo(SUBMITTED);
        assertThat(submitted.version()).isGreaterThan(draft.version());
        ProposalDetails stored = reread(id);
        assertThat(stored.status()).isEqualTo(SUBMITTED);
        assertThat(stored.submittedAt()).isBetween(start, Instant.now());
        assertThat(stored.updatedBy()).isEqualTo("afil.rep");
        assertThat(stored.content()).isEqualTo(draft.content());
        Instant firstSubmission = stored.submittedAt();

        // submitted -> under review: a reviewer, once the round is in review
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        assertAllowed(id, ProposalAction.START_REVIEW);
        ProposalDetails underReview = lifecycle.startReview(id, submitted.version());
        assertThat(reread(id).status()).isEqualTo(UNDER_REVIEW);

        // under review -> changes requested: the reason is required and kept
        assertInvalid("reason", "workflow.validation.reason-required", id,
                () -> lifecycle.requestChanges(id, underReview.version(), "   "));
        assertAllowed(id, ProposalAction.REQUEST_CHANGES);
        ProposalDetails changesRequested = lifecycle.requestChanges(id, underReview.version(),
                "  Name the pilot sites.  ");
        assertThat(reread(id).status()).isEqualTo(CHANGES_REQUESTED);
        assertThat(lastEntry(id).reason()).isEqualTo("Name the pilot sites.");

        // the lead answers during review: an edit is a new version, the state stays
        as("afil.rep");
        assertAllowed(id, ProposalAction.EDIT);
        ProposalDetails edited = proposals.save(id, changesRequested.version(), ProposalDraft
                .of(changesRequested.content()).description("Pilot sites: Brescia and Bergamo.").build());
        assertThat(reread(id).status()).isEqualTo(CHANGES_REQUESTED);
        List<VersionView> versions = history.versions(id);
        assertThat(versions).extracting(VersionView::number, VersionView::savedBy, VersionView::status)
                .containsExactly(tuple(1, "afil.rep", DRAFT), tuple(2, "afil.rep", CHANGES_REQUESTED));
        assertThat(versions.get(0).content().description()).isEqualTo(draft.content().description());
        assertThat(versions.get(1).content().description()).isEqualTo("Pilot sites: Brescia and Bergamo.");
        assertThat(versions.get(1).content()).isEqualTo(reread(id).content());
        assertThat(history.version(id, 2)).isEqualTo(versions.get(1));
        assertThat(history.latestVersion(id)).contains(versions.get(1));
        assertThat(catchThrowable(() -> history.version(id, 3))).isInstanceOf(TranslatableException.class)
                .hasMessage("error.proposal.no-such-version");

        // changes requested -> resubmitted: allowed during review
        assertAllowed(id, ProposalAction.RESUBMIT);
        ProposalDetails resubmitted = lifecycle.resubmit(id, edited.version());
        stored = reread(id);
        assertThat(stored.status()).isEqualTo(RESUBMITTED);
        assertThat(stored.submittedAt()).isAfterOrEqualTo(firstSubmission);

        // resubmitted -> under review -> approved, with the reviewer's answer
        as("reviewer");
        ProposalDetails againUnderReview = lifecycle.startReview(id, resubmitted.version());
        assertThat(reread(id).status()).isEqualTo(UNDER_REVIEW);
        assertAllowed(id, ProposalAction.APPROVE);
        ProposalDetails approved = lifecycle.approve(id, againUnderReview.version(), "Well argued.");
        assertThat(approved.status()).isEqualTo(APPROVED);
        assertThat(reread(id).status()).isEqualTo(APPROVED);

        // who did what, when and why
        List<HistoryEntry> entries = historyOf(id);
        assertThat(entries).extracting(HistoryEntry::kind, HistoryEntry::from, HistoryEntry::to, HistoryEntry::actor,
                HistoryEntry::reason, HistoryEntry::versionNumber).containsExactly(
                tuple(HistoryKind.CREATED, null, null, "afil.rep", null, 1),
                tuple(HistoryKind.TRANSITION, DRAFT, SUBMITTED, "afil.rep", null, null),
                tuple(HistoryKind.TRANSITION, SUBMITTED, UNDER_REVIEW, "reviewer", null, null),
                tuple(HistoryKind.TRANSITION, UNDER_REVIEW, CHANGES_REQUESTED, "reviewer", "Name the pilot sites.", null),
                tuple(HistoryKind.EDITED, null, null, "afil.rep", null, 2),
                tuple(HistoryKind.TRANSITION, CHANGES_REQUESTED, RESUBMITTED, "afil.rep", null, null),
                tuple(HistoryKind.TRANSITION, RESUBMITTED, UNDER_REVIEW, "reviewer", null, null),
                tuple(HistoryKind.TRANSITION, UNDER_REVIEW, APPROVED, "reviewer", "Well argued.", null));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.proposalId()).isEqualTo(id);
            assertThat(e.at()).isBetween(start, Instant.now());
        });
        assertThat(entries).extracting(HistoryEntry::at).isSorted();
        // only edits make versions
        assertThat(history.versions(id)).hasSize(2);

        // what the other features heard
        assertThat(transitionsOf(id)).extracting(ProposalTransitioned::from, ProposalTransitioned::to,
                ProposalTransitioned::actor, ProposalTransitioned::reason).containsExactly(
                tuple(DRAFT, SUBMITTED, "afil.rep", null),
                tuple(SUBMITTED, UNDER_REVIEW, "reviewer", null),
                tuple(UNDER_REVIEW, CHANGES_REQUESTED, "reviewer", "Name the pilot sites."),
                tuple(CHANGES_REQUESTED, RESUBMITTED, "afil.rep", null),
                tuple(RESUBMITTED, UNDER_REVIEW, "reviewer", null),
                tuple(UNDER_REVIEW, APPROVED, "reviewer", "Well argued."));
        assertThat(transitionsOf(id)).allSatisfy(t -> {
            assertThat(t.leadClusterCode()).isEqualTo("AFIL");
            assertThat(t.clusterCodes()).containsExactly("AFIL");
            assertThat(t.title()).isEqualTo(draft.content().title());
            assertThat(t.relatedProposalId()).isNull();
        });
        assertThat(audits(id)).extracting(AuditEvent::action, AuditEvent::actor).containsExactly(
                tuple("create", "afil.rep"), tuple("submit", "afil.rep"), tuple("transition", "reviewer"),
                tuple("transition", "reviewer"), tuple("update", "afil.rep"), tuple("transition", "afil.rep"),
                tuple("transition", "reviewer"), tuple("approve", "reviewer"));
        AuditEvent approval = audits(id).getLast();
        assertThat(((ProposalDetails) approval.before()).status()).isEqualTo(UNDER_REVIEW);
        assertThat(((ProposalDetails) approval.after()).status()).isEqualTo(APPROVED);
    }

    @Test
    void aProposalUnderReviewIsRejectedWithItsReason() {
        ProposalDetails submitted = submitted("le2c.rep", "LE2C");
        long id = submitted.id();
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(id, submitted.version());

        assertInvalid("reason", "workflow.validation.reason-required", id,
                () -> lifecycle.reject(id, underReview.version(), null));
        assertInvalid("reason", "workflow.validation.reason-too-long", id,
                () -> lifecycle.reject(id, underReview.version(), "x".repeat(ProposalLifecycle.REASON_MAX + 1)));
        assertAllowed(id, ProposalAction.REJECT);
        lifecycle.reject(id, underReview.version(), " Out of the programme's scope. ");

        assertThat(reread(id).status()).isEqualTo(REJECTED);
        HistoryEntry last = lastEntry(id);
        assertThat(last.kind()).isEqualTo(HistoryKind.TRANSITION);
        assertThat(List.of(last.from(), last.to())).containsExactly(UNDER_REVIEW, REJECTED);
        assertThat(last.actor()).isEqualTo("reviewer");
        assertThat(last.reason()).isEqualTo("Out of the programme's scope.");
        assertThat(transitionsOf(id).getLast()).extracting(ProposalTransitioned::to, ProposalTransitioned::reason)
                .containsExactly(REJECTED, "Out of the programme's scope.");
        assertThat(audits(id).getLast().action()).isEqualTo("reject");
        assertThat(history.versions(id)).hasSize(1);
    }

    @Test
    void anAdministratorMayReviewAndDecideToo() {
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        long id = submitted.id();
        moveRoundTo(RoundPhase.REVIEW);
        as("admin");

        ProposalDetails underReview = lifecycle.startReview(id, submitted.version());
        lifecycle.requestChanges(id, underReview.version(), "More detail, please.");

        assertThat(reread(id).status()).isEqualTo(CHANGES_REQUESTED);
        assertThat(lastEntry(id).actor()).isEqualTo("admin");
    }

    // ------------------------------------------------------------------------------ withdrawing

    @Test
    void theLeadWithdrawsASubmittedProposalGivingAReason() {
        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        long id = submitted.id();

        assertInvalid("reason", "workflow.validation.reason-required", id,
                () -> lifecycle.withdraw(id, submitted.version(), ""));
        assertAllowed(id, ProposalAction.WITHDRAW);
        ProposalDetails withdrawn = lifecycle.withdraw(id, submitted.version(), "We join the LE2C proposal instead.");

        assertThat(withdrawn.status()).isEqualTo(WITHDRAWN);
        assertThat(reread(id).status()).isEqualTo(WITHDRAWN);
        HistoryEntry last = lastEntry(id);
        assertThat(List.of(last.from(), last.to())).containsExactly(SUBMITTED, WITHDRAWN);
        assertThat(last.actor()).isEqualTo("afil.rep");
        assertThat(last.reason()).isEqualTo("We join the LE2C proposal instead.");
        assertThat(transitionsOf(id).getLast().to()).isEqualTo(WITHDRAWN);
        assertThat(audits(id).getLast().action()).isEqualTo("transition");
        // nothing more happens to it
        assertRefused("workflow.refusal.state.edit", id, () -> proposals.save(id, withdrawn.version(),
                ProposalDraft.of(withdrawn.content()).title("After withdrawing").build()));
        assertRefused("workflow.refusal.state.final", id, () -> lifecycle.withdraw(id, withdrawn.version(), "Again."));
    }

    @Test
    void theLeadMayWithdrawADraftAndAProposalUnderReviewBeforeTheDecision() {
        ProposalDetails draft = draft("afil.rep", "AFIL");
        lifecycle.withdraw(draft.id(), draft.version(), "Not ready this year.");
        assertThat(reread(draft.id()).status()).isEqualTo(WITHDRAWN);

        ProposalDetails submitted = submitted("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(submitted.id(), submitted.version());
        as("afil.rep");
        lifecycle.withdraw(submitted.id(), underReview.version(), "Our partner left.");

        assertThat(reread(submitted.id()).status()).isEqualTo(WITHDRAWN);
        assertThat(lastEntry(submitted.id()).from()).isEqualTo(UNDER_REVIEW);
    }

    // ------------------------------------------------------------------------------ invitations

    @Test
    void coProposersNamedOnCreateAreInvitedAndTakePartOnlyOnceTheyAccept() {
        ProposalDetails created = draft("afil.rep", "AFIL", "LE2C");
        long id = created.id();

        assertThat(created.invitations()).singleElement().satisfies(i -> {
            assertThat(i.clusterCode()).isEqualTo("LE2C");
            assertThat(i.status()).isEqualTo(InvitationStatus.PENDING);
            assertThat(i.invitedBy()).isEqualTo("afil.rep");
            assertThat(i.answeredBy()).isNull();
        });
        assertThat(created.participatingClusterCodes()).containsExactly("AFIL");
        assertThat(created.pendingClusterCodes()).containsExactly("LE2C");
        assertThat(historyOf(id)).extracting(HistoryEntry::kind, HistoryEntry::clusterCode, HistoryEntry::actor)
                .containsExactly(tuple(HistoryKind.CREATED, null, "afil.rep"),
                        tuple(HistoryKind.INVITED, "LE2C", "afil.rep"));
        assertThat(published(CoProposerInvited.class)).filteredOn(e -> e.proposalId() == id).containsExactly(
                new CoProposerInvited(id, created.content().title(), "AFIL", "LE2C", "afil.rep"));

        // invited, LE2C may answer but not yet edit
        as("le2c.rep");
        assertThat(lifecycle.permissions(id)).containsEntry(ProposalAction.ANSWER_INVITATION, Optional.empty())
                .containsEntry(ProposalAction.EDIT, Optional.of("workflow.refusal.not-your-cluster"));
        assertRefused("workflow.refusal.not-your-cluster", id, () -> proposals.save(id, created.version(),
                ProposalDraft.of(created.content()).title("Too early").build()));

        ProposalDetails accepted = lifecycle.answerInvitation(id, created.version(), "LE2C", true);

        ProposalDetails stored = reread(id);
        assertThat(stored.invitations()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(InvitationStatus.ACCEPTED);
            assertThat(i.answeredBy()).isEqualTo("le2c.rep");
            assertThat(i.answeredAt()).isNotNull();
        });
        assertThat(stored.participatingClusterCodes()).containsExactlyInAnyOrder("AFIL", "LE2C");
        assertThat(stored.pendingClusterCodes()).isEmpty();
        assertThat(lastEntry(id)).extracting(HistoryEntry::kind, HistoryEntry::clusterCode, HistoryEntry::actor)
                .containsExactly(HistoryKind.INVITATION_ACCEPTED, "LE2C", "le2c.rep");
        assertThat(published(CoProposerAnswered.class)).filteredOn(e -> e.proposalId() == id).containsExactly(
                new CoProposerAnswered(id, created.content().title(), "AFIL", "LE2C", true, "le2c.rep"));
        assertThat(audits(id).getLast().action()).isEqualTo("accept-invitation");
        assertThat(history.versions(id)).as("accepting leaves the content as it was").hasSize(1);

        // now a co-proposer: LE2C edits and submits
        assertThat(lifecycle.permissions(id)).containsEntry(ProposalAction.EDIT, Optional.empty())
                .containsEntry(ProposalAction.INVITE, Optional.of("workflow.refusal.lead-only"));
        ProposalDetails edited = proposals.save(id, accepted.version(),
                ProposalDraft.of(accepted.content()).description("Written together with LE2C.").build());
        assertThat(history.versions(id)).extracting(VersionView::number, VersionView::savedBy)
                .containsExactly(tuple(1, "afil.rep"), tuple(2, "le2c.rep"));
        lifecycle.submit(id, edited.version());
        assertThat(reread(id).status()).isEqualTo(SUBMITTED);
        assertThat(transitionsOf(id).getLast().clusterCodes()).containsExactlyInAnyOrder("AFIL", "LE2C");
    }

    @Test
    void anInvitedClusterThatDeclinesLeavesTheCoProposers() {
        ProposalDetails created = draft("afil.rep", "AFIL", "LE2C");
        long id = created.id();
        as("le2c.rep");

        ProposalDetails declined = lifecycle.answerInvitation(id, created.version(), "LE2C", false);

        ProposalDetails stored = reread(id);
        assertThat(stored.invitations()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(InvitationStatus.DECLINED);
            assertThat(i.answeredBy()).isEqualTo("le2c.rep");
        });
        assertThat(stored.content().coClusterCodes()).isEmpty();
        assertThat(stored.participatingClusterCodes()).containsExactly("AFIL");
        assertThat(stored.pendingClusterCodes()).isEmpty();
        HistoryEntry last = lastEntry(id);
        assertThat(last).extracting(HistoryEntry::kind, HistoryEntry::clusterCode, HistoryEntry::actor)
                .containsExactly(HistoryKind.INVITATION_DECLINED, "LE2C", "le2c.rep");
        assertThat(published(CoProposerAnswered.class)).filteredOn(e -> e.proposalId() == id).containsExactly(
                new CoProposerAnswered(id, created.content().title(), "AFIL", "LE2C", false, "le2c.rep"));
        assertThat(audits(id).getLast().action()).isEqualTo("decline-invitation");
        // LE2C left the content, so there is a version without it, recorded with the answer (the
        // Region reads it: LE2C, out of the draft now, no longer does)
        assertThat(asRegion(() -> history.versions(id))).extracting(v -> v.content().coClusterCodes())
                .containsExactly(java.util.Set.of("LE2C"), java.util.Set.of());
        VersionView latest = asRegion(() -> history.latestVersion(id).orElseThrow());
        assertThat(latest.content()).isEqualTo(stored.content());
        assertThat(latest.savedBy()).isEqualTo("le2c.rep");
        assertThat(proposals.find(id)).as("LE2C no longer reads the draft").isEmpty();
        assertThat(last.versionNumber()).isEqualTo(2);
        // still not a co-proposer, and nothing left to answer
        assertRefused("workflow.refusal.not-your-cluster", id, () -> proposals.save(id, declined.version(),
                ProposalDraft.of(declined.content()).title("After declining").build()));
        assertRefused("workflow.refusal.no-invitation", id,
                () -> lifecycle.answerInvitation(id, declined.version(), "LE2C", true));
    }

    @Test
    void theLeadInvitesByNamingCoProposersOnSaveAndCancelsByDroppingThem() {
        ProposalDetails created = draft("afil.rep", "AFIL");
        long id = created.id();
        assertThat(created.invitations()).isEmpty();

        ProposalDetails named = proposals.save(id, created.version(),
                ProposalDraft.of(created.content()).co("LE2C", "LSC").build());

        assertThat(reread(id).pendingClusterCodes()).containsExactlyInAnyOrder("LE2C", "LSC");
        assertThat(historyOf(id)).filteredOn(e -> e.kind() == HistoryKind.INVITED)
                .extracting(HistoryEntry::clusterCode).containsExactlyInAnyOrder("LE2C", "LSC");
        assertThat(published(CoProposerInvited.class)).filteredOn(e -> e.proposalId() == id)
                .extracting(CoProposerInvited::invitedClusterCode).containsExactlyInAnyOrder("LE2C", "LSC");
        assertThat(history.versions(id)).hasSize(2);

        ProposalDetails dropped = proposals.save(id, named.version(), ProposalDraft.of(named.content()).co("LE2C").build());

        ProposalDetails stored = reread(id);
        assertThat(stored.pendingClusterCodes()).containsExactly("LE2C");
        assertThat(stored.invitations()).filteredOn(i -> i.clusterCode().equals("LSC"))
                .extracting(InvitationView::status).containsExactly(InvitationStatus.CANCELLED);
        assertThat(lastEntry(id)).extracting(HistoryEntry::kind, HistoryEntry::clusterCode)
                .containsExactly(HistoryKind.INVITATION_CANCELLED, "LSC");
        // a cancelled invitation can no longer be answered
        as("lifesciences.rep");
        assertRefused("workflow.refusal.no-invitation", id,
                () -> lifecycle.answerInvitation(id, dropped.version(), "LSC", true));

        // naming the cluster again invites it again
        as("afil.rep");
        proposals.save(id, dropped.version(), ProposalDraft.of(dropped.content()).co("LE2C", "LSC").build());
        assertThat(reread(id).pendingClusterCodes()).containsExactlyInAnyOrder("LE2C", "LSC");
        assertThat(historyOf(id)).filteredOn(e -> e.kind() == HistoryKind.INVITED)
                .extracting(HistoryEntry::clusterCode).containsExactlyInAnyOrder("LE2C", "LSC", "LSC");
    }

    @Test
    void invitationsMayStillBeAnsweredDuringReview() {
        ProposalDetails created = draft("afil.rep", "AFIL", "LE2C");
        ProposalDetails submitted = lifecycle.submit(created.id(), created.version());
        moveRoundTo(RoundPhase.REVIEW);
        as("le2c.rep");

        lifecycle.answerInvitation(created.id(), submitted.version(), "LE2C", true);

        assertThat(reread(created.id()).participatingClusterCodes()).containsExactlyInAnyOrder("AFIL", "LE2C");
    }

    // ------------------------------------------------------------------------------ merging

    @Test
    void aReviewerMergesOneProposalIntoAnotherDuringCoDesign() {
        ProposalDetails source = create("le2c.rep", macroTheme("LE2C", unique("Merge source")).co("LSC")
                .ecosystems("SUSTAINABILITY"));
        as("lifesciences.rep");
        source = lifecycle.answerInvitation(source.id(), source.version(), "LSC", true);
        ProposalDetails target = draft("afil.rep", "AFIL");
        long sourceId = source.id();
        long targetId = target.id();
        long sourceVersion = source.version();
        moveRoundTo(RoundPhase.CO_DESIGN);
        as("reviewer");

        assertInvalid("reason", "workflow.validation.reason-required", sourceId,
                () -> lifecycle.merge(sourceId, sourceVersion, targetId, " "));
        assertAllowed(sourceId, ProposalAction.MERGE);
        ProposalDetails merged = lifecycle.merge(sourceId, sourceVersion, targetId, "Same scope: one stronger proposal.");

        // the target gains the source's clusters, as co-proposers that already agreed, and its ecosystems
        assertThat(merged.id()).isEqualTo(targetId);
        ProposalDetails storedTarget = reread(targetId);
        assertThat(storedTarget.status()).isEqualTo(DRAFT);
        assertThat(storedTarget.content().coClusterCodes()).containsExactlyInAnyOrder("LE2C", "LSC");
        assertThat(storedTarget.invitations()).extracting(InvitationView::clusterCode, InvitationView::status)
                .containsExactlyInAnyOrder(tuple("LE2C", InvitationStatus.ACCEPTED), tuple("LSC", InvitationStatus.ACCEPTED));
        assertThat(storedTarget.participatingClusterCodes()).containsExactlyInAnyOrder("AFIL", "LE2C", "LSC");
        assertThat(storedTarget.content().ecosystemCodes())
                .containsExactlyInAnyOrder("ADVANCED_MANUFACTURING", "SUSTAINABILITY");
        // the source ends as merged, pointing to the target
        ProposalDetails storedSource = reread(sourceId);
        assertThat(storedSource.status()).isEqualTo(MERGED);
        assertThat(storedSource.mergedIntoId()).isEqualTo(targetId);
        assertThat(storedSource.updatedBy()).isEqualTo("reviewer");

        // the target's history holds the source's too
        List<HistoryEntry> targetHistory = historyOf(targetId);
        assertThat(targetHistory).extracting(HistoryEntry::at).isSorted();
        assertThat(targetHistory).filteredOn(e -> e.proposalId() == sourceId)
                .extracting(HistoryEntry::kind, HistoryEntry::to, HistoryEntry::relatedProposalId)
                .containsExactly(tuple(HistoryKind.CREATED, null, null), tuple(HistoryKind.INVITED, null, null),
                        tuple(HistoryKind.INVITATION_ACCEPTED, null, null),
                        tuple(HistoryKind.TRANSITION, MERGED, targetId));
        assertThat(targetHistory).filteredOn(e -> e.proposalId() == sourceId).last()
                .extracting(HistoryEntry::from, HistoryEntry::actor, HistoryEntry::reason)
                .containsExactly(DRAFT, "reviewer", "Same scope: one stronger proposal.");
        assertThat(targetHistory).filteredOn(e -> e.proposalId() == targetId).last()
                .extracting(HistoryEntry::kind, HistoryEntry::relatedProposalId, HistoryEntry::reason,
                        HistoryEntry::actor, HistoryEntry::versionNumber)
                .containsExactly(HistoryKind.MERGED_IN, sourceId, "Same scope: one stronger proposal.", "reviewer", 2);
        assertThat(history.mergedSources(targetId)).containsExactly(sourceId);
        assertThat(historyOf(sourceId)).allSatisfy(e -> assertThat(e.proposalId()).isEqualTo(sourceId));
        // the target's content changed: version 2 holds the new co-proposers
        assertThat(history.versions(targetId)).extracting(VersionView::number, VersionView::savedBy)
                .containsExactly(tuple(1, "afil.rep"), tuple(2, "reviewer"));
        assertThat(history.version(targetId, 2).content()).isEqualTo(storedTarget.content());
        assertThat(history.version(targetId, 1).content().coClusterCodes()).isEmpty();

        assertThat(transitionsOf(sourceId)).singleElement().satisfies(t -> {
            assertThat(List.of(t.from(), t.to())).containsExactly(DRAFT, MERGED);
            assertThat(t.relatedProposalId()).isEqualTo(targetId);
            assertThat(t.reason()).isEqualTo("Same scope: one stronger proposal.");
            assertThat(t.clusterCodes()).containsExactlyInAnyOrder("LE2C", "LSC");
        });
        assertThat(audits(sourceId).getLast().action()).isEqualTo("merge");
        assertThat(audits(targetId).getLast().action()).isEqualTo("merge");

        // the source's clusters now work on the target; the source is closed
        as("le2c.rep");
        proposals.save(targetId, storedTarget.version(),
                ProposalDraft.of(storedTarget.content()).description("Now written by three clusters.").build());
        assertThat(reread(targetId).updatedBy()).isEqualTo("le2c.rep");
        assertRefused("workflow.refusal.state.edit", sourceId, () -> proposals.save(sourceId, storedSource.version(),
                ProposalDraft.of(storedSource.content()).title("Edited after merging").build()));
    }

    @Test
    void aReviewerMayAlsoMergeDuringReview() {
        ProposalDetails source = submitted("le2c.rep", "LE2C");
        ProposalDetails target = submitted("afil.rep", "AFIL");
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails targetUnderReview = lifecycle.startReview(target.id(), target.version());

        lifecycle.merge(source.id(), source.version(), target.id(), "Overlapping scope.");

        assertThat(reread(source.id())).extracting(ProposalDetails::status, ProposalDetails::mergedIntoId)
                .containsExactly(MERGED, target.id());
        ProposalDetails storedTarget = reread(target.id());
        assertThat(storedTarget.status()).isEqualTo(targetUnderReview.status());
        assertThat(storedTarget.participatingClusterCodes()).containsExactlyInAnyOrder("AFIL", "LE2C");
        assertThat(lastEntry(source.id()).from()).isEqualTo(SUBMITTED);
    }

    @Test
    void aRepresentativeOfBothLeadsMergesTheirProposalsDuringCoDesign() {
        ProposalDetails clm = create("mobility.rep", macroTheme("CLM", unique("CLM-led")).ecosystems("SMART_MOBILITY_ARCHITECTURE"));
        ProposalDetails lac = create("mobility.rep", macroTheme("LAC", unique("LAC-led")).ecosystems("SUSTAINABILITY"));
        moveRoundTo(RoundPhase.CO_DESIGN);
        as("mobility.rep");
        assertAllowed(clm.id(), ProposalAction.MERGE);

        lifecycle.merge(clm.id(), clm.version(), lac.id(), "One mobility proposal.");

        assertThat(reread(clm.id()).status()).isEqualTo(MERGED);
        ProposalDetails storedLac = reread(lac.id());
        assertThat(storedLac.content().leadClusterCode()).isEqualTo("LAC");
        assertThat(storedLac.participatingClusterCodes()).containsExactlyInAnyOrder("LAC", "CLM");
        assertThat(storedLac.content().ecosystemCodes())
                .containsExactlyInAnyOrder("SUSTAINABILITY", "SMART_MOBILITY_ARCHITECTURE");
        assertThat(historyOf(lac.id())).extracting(HistoryEntry::proposalId).contains(clm.id(), lac.id());
        assertThat(lastEntry(lac.id()).actor()).isEqualTo("mobility.rep");
    }

    // ------------------------------------------------------------------------------ helpers

    /** The permissions the views show agree with the service that is about to accept the action. */
    private void assertAllowed(long id, ProposalAction action) {
        assertThat(lifecycle.permissions(id).get(action)).as("%s allowed", action).isEmpty();
    }

    private List<ProposalTransitioned> transitionsOf(long id) {
        return published(ProposalTransitioned.class).stream().filter(t -> t.proposalId() == id).toList();
    }
}
