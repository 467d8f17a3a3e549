package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundPhase;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An approved proposal lands in the edition in preparation (2026-2027) at once: a new priority
 * under the copy of its macro-theme, a changed priority's copy updated, a retired priority's copy
 * removed, a new macro-theme added. The adopted 2024-2025 edition, which the proposals target, never
 * changes.
 */
class ProposalApprovalEditionTest extends LifecycleTestSupport {

    @Autowired
    ProgrammeService programme;

    EditionSummary preparing;
    EditionSummary adopted;
    EditionContent adoptedBefore;
    EditionContent preparingBefore;

    @BeforeEach
    void editions() {
        as("observer");
        preparing = programme.edition(round().editionId()).orElseThrow();
        adopted = programme.baseEditionFor(preparing.id()).orElseThrow();
        assertThat(preparing.periodLabel()).isEqualTo("2026-2027");
        assertThat(adopted.periodLabel()).isEqualTo("2024-2025");
        adoptedBefore = programme.content(adopted.id()).orElseThrow();
        preparingBefore = programme.content(preparing.id()).orElseThrow();
        entityManager.clear();
    }

    @Test
    void anApprovedNewPriorityAppearsUnderTheCopyOfItsMacroTheme() {
        MacroThemeContent base = adoptedBefore.macroThemes().getFirst();
        ProposalDetails draft = create("afil.rep", macroTheme("AFIL", unique("Predictive maintenance"))
                .newPriority(base.id(), 4, 7).co("LE2C").description("Maintenance planned from machine data.")
                .impacts("Fewer stops.", "SMEs in Brianza.").pnrr("M1C2").sdgs(9).horizon("CL4"));
        as("le2c.rep");
        ProposalDetails accepted = lifecycle.answerInvitation(draft.id(), draft.version(), "LE2C", true);

        approve(accepted, "Approved as proposed.");

        MacroThemeContent copy = copyOf(base.id());
        assertThat(copy.priorities()).hasSize(base.priorities().size() + 1);
        PriorityContent added = copy.priorities().getLast();
        assertThat(added.title()).isEqualTo(draft.content().title());
        assertThat(added.description()).isEqualTo("Maintenance planned from machine data.");
        assertThat(added.ecosystemImpact()).isEqualTo("Fewer stops.");
        assertThat(added.territorialImpact()).isEqualTo("SMEs in Brianza.");
        assertThat(List.of(added.trlMin(), added.trlMax())).containsExactly(4, 7);
        assertThat(added.pnrrComponentCodes()).containsExactly("M1C2");
        assertThat(added.sdgNumbers()).containsExactly(9);
        assertThat(added.horizonClusterCodes()).containsExactly("CL4");
        assertThat(added.proposerClusterCodes()).containsExactlyInAnyOrder("AFIL", "LE2C");
        assertThat(added.originProposalId()).isEqualTo(draft.id());
        assertThat(added.derivedFromId()).isNull();
        assertThat(added.displayOrder()).isGreaterThan(copy.priorities().get(copy.priorities().size() - 2).displayOrder());
        assertThat(programme.priorities(preparing.id())).hasSize(preparingBefore.priorityCount() + 1);
        // the other macro-themes of the edition in preparation are as they were
        assertThat(current().macroThemes()).filteredOn(m -> !Objects.equals(m.derivedFromId(), base.id()))
                .containsExactlyElementsOf(preparingBefore.macroThemes().stream()
                        .filter(m -> !Objects.equals(m.derivedFromId(), base.id())).toList());
        assertAdoptedEditionUnchanged();
    }

    @Test
    void anApprovedChangeUpdatesTheCopyOfThePriority() {
        PriorityContent base = adoptedBefore.macroThemes().getFirst().priorities().getFirst();
        ProposalDetails draft = create("afil.rep", macroTheme("AFIL", unique("Changed priority"))
                .kind(ProposalKind.CHANGE_PRIORITY).targetPriority(base.id()).trl(2, 5)
                .description("The priority, widened to earlier research.").sdgs(12));

        approve(draft, null);

        PriorityContent changed = copyOfPriority(base.id());
        assertThat(changed.title()).isEqualTo(draft.content().title());
        assertThat(changed.description()).isEqualTo("The priority, widened to earlier research.");
        assertThat(List.of(changed.trlMin(), changed.trlMax())).containsExactly(2, 5);
        assertThat(changed.sdgNumbers()).containsExactly(12);
        assertThat(changed.originProposalId()).isEqualTo(draft.id());
        assertThat(changed.proposerClusterCodes()).contains("AFIL").containsAll(base.proposerClusterCodes());
        assertThat(programme.priorities(preparing.id())).hasSize(preparingBefore.priorityCount());
        // only that priority changed in the edition in preparation
        assertThat(programme.priorities(preparing.id())).filteredOn(p -> !Objects.equals(p.derivedFromId(), base.id()))
                .containsExactlyElementsOf(preparingBefore.macroThemes().stream().flatMap(m -> m.priorities().stream())
                        .filter(p -> !Objects.equals(p.derivedFromId(), base.id())).toList());
        assertAdoptedEditionUnchanged();
        assertThat(programme.priority(base.id())).contains(base);
    }

    @Test
    void anApprovedRetirementRemovesTheCopyOfThePriority() {
        PriorityContent base = adoptedBefore.macroThemes().get(1).priorities().getFirst();
        assertThat(programme.priorities(preparing.id())).anyMatch(p -> Objects.equals(p.derivedFromId(), base.id()));
        ProposalDetails draft = create("le2c.rep", macroTheme("LE2C", unique("Retire a priority"))
                .kind(ProposalKind.RETIRE_PRIORITY).targetPriority(base.id()).ecosystems("SUSTAINABILITY"));

        approve(draft, "No longer needed.");

        assertThat(programme.priorities(preparing.id())).hasSize(preparingBefore.priorityCount() - 1)
                .noneMatch(p -> Objects.equals(p.derivedFromId(), base.id()))
                .noneMatch(p -> p.title().equals(base.title()));
        assertAdoptedEditionUnchanged();
        assertThat(programme.priority(base.id())).contains(base);
    }

    @Test
    void anApprovedNewMacroThemeAppearsInTheEditionInPreparation() {
        ProposalDetails draft = create("mobility.rep", macroTheme("CLM", unique("Zero-emission logistics"))
                .description("Freight without emissions.").ecosystems("SMART_MOBILITY_ARCHITECTURE", "SUSTAINABILITY"));

        approve(draft, null);

        List<MacroThemeContent> macroThemes = current().macroThemes();
        assertThat(macroThemes).hasSize(preparingBefore.macroThemes().size() + 1);
        MacroThemeContent added = macroThemes.getLast();
        assertThat(added.title()).isEqualTo(draft.content().title());
        assertThat(added.description()).isEqualTo("Freight without emissions.");
        assertThat(added.ecosystemCodes()).containsExactlyInAnyOrder("SMART_MOBILITY_ARCHITECTURE", "SUSTAINABILITY");
        assertThat(added.priorities()).isEmpty();
        assertThat(added.originProposalId()).isEqualTo(draft.id());
        assertThat(added.derivedFromId()).isNull();
        assertThat(added.displayOrder()).isEqualTo(preparingBefore.macroThemes().stream()
                .mapToInt(MacroThemeContent::displayOrder).max().orElseThrow() + 1);
        assertThat(macroThemes.subList(0, macroThemes.size() - 1)).containsExactlyElementsOf(preparingBefore.macroThemes());
        assertThat(programme.macroThemeRefs(preparing.id())).hasSize(preparingBefore.macroThemes().size() + 1);
        assertAdoptedEditionUnchanged();
    }

    @Test
    void rejectedAndWithdrawnProposalsLeaveBothEditionsAsTheyWere() {
        PriorityContent base = adoptedBefore.macroThemes().getFirst().priorities().getFirst();
        ProposalDetails toReject = create("afil.rep", macroTheme("AFIL", unique("Rejected retirement"))
                .kind(ProposalKind.RETIRE_PRIORITY).targetPriority(base.id()));
        ProposalDetails toWithdraw = create("afil.rep", macroTheme("AFIL", unique("Withdrawn macro-theme")));
        ProposalDetails submittedToReject = lifecycle.submit(toReject.id(), toReject.version());
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(toReject.id(), submittedToReject.version());
        lifecycle.reject(toReject.id(), underReview.version(), "Still needed.");
        as("afil.rep");
        lifecycle.withdraw(toWithdraw.id(), toWithdraw.version(), "Not this year.");

        entityManager.flush();
        entityManager.clear();
        assertThat(current()).isEqualTo(preparingBefore);
        assertAdoptedEditionUnchanged();
    }

    // ------------------------------------------------------------------------------ helpers

    /** Submits the proposal as its lead's representative, then a reviewer starts the review and approves it. */
    private void approve(ProposalDetails proposal, String answer) {
        as(proposal.createdBy());
        ProposalDetails submitted = lifecycle.submit(proposal.id(), proposal.version());
        moveRoundTo(RoundPhase.REVIEW);
        as("reviewer");
        ProposalDetails underReview = lifecycle.startReview(proposal.id(), submitted.version());
        ProposalDetails approved = lifecycle.approve(proposal.id(), underReview.version(), answer);
        assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(reread(proposal.id()).status()).isEqualTo(ProposalStatus.APPROVED);
        entityManager.flush();
        entityManager.clear();
    }

    private EditionContent current() {
        return programme.content(preparing.id()).orElseThrow();
    }

    private MacroThemeContent copyOf(long baseMacroThemeId) {
        return current().macroThemes().stream().filter(m -> Objects.equals(m.derivedFromId(), baseMacroThemeId))
                .findFirst().orElseThrow();
    }

    private PriorityContent copyOfPriority(long basePriorityId) {
        return programme.priorities(preparing.id()).stream()
                .filter(p -> Objects.equals(p.derivedFromId(), basePriorityId)).findFirst().orElseThrow();
    }

    private void assertAdoptedEditionUnchanged() {
        entityManager.clear();
        assertThat(programme.content(adopted.id())).contains(adoptedBefore);
        assertThat(programme.edition(adopted.id())).contains(adopted);
    }
}
