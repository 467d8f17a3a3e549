package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A proposal of a round and what became of it. No reviewers' notes, comments or authors. */
@Schema(description = "A proposal of a round with its outcome. Internal notes, comments and authors are never published.")
public record ProposalData(
        long id,
        long roundId,
        @Schema(allowableValues = {"NEW_MACRO_THEME", "NEW_PRIORITY", "CHANGE_PRIORITY", "RETIRE_PRIORITY"}) String kind,
        @Schema(allowableValues = {"DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "RESUBMITTED",
                "APPROVED", "REJECTED", "WITHDRAWN", "MERGED"}) String status,
        String title,
        String description,
        String ecosystemImpact,
        String territorialImpact,
        Integer trlMin,
        Integer trlMax,
        @Schema(description = "The cluster that leads the proposal") Reference leadCluster,
        @Schema(description = "Clusters that accepted to co-propose") List<Reference> coProposingClusters,
        List<Reference> ecosystems,
        List<Reference> pnrrComponents,
        List<Goal> sdgs,
        List<Reference> horizonClusters,
        @Schema(description = "For a new priority: the macro-theme it goes into", nullable = true) Long targetMacroThemeId,
        @Schema(description = "For a change or retirement: the priority concerned", nullable = true) Long targetPriorityId,
        @Schema(description = "For a merged proposal: the proposal it was merged into", nullable = true) Long mergedIntoId,
        Instant createdAt,
        @Schema(description = "When first submitted; null for a draft", nullable = true) Instant submittedAt,
        @Schema(description = "When it reached its final status (approved, rejected, withdrawn, merged)", nullable = true)
        Instant decidedAt) {
}
