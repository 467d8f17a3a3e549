package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A technological development priority with everything it links to. */
@Schema(description = "A technological development priority with its cross-references.")
public record PriorityData(
        long id,
        @Schema(description = "Macro-theme number and position within it", example = "1.2") String number,
        long macroThemeId,
        String macroThemeTitle,
        String title,
        String description,
        @Schema(description = "Impact on the innovation ecosystems") String ecosystemImpact,
        @Schema(description = "Impact on the Lombardy territory") String territorialImpact,
        @Schema(description = "Lowest technology readiness level involved", example = "4") int trlMin,
        @Schema(description = "Highest technology readiness level involved", example = "7") int trlMax,
        List<Reference> ecosystems,
        @Schema(description = "PNRR missions' components") List<Reference> pnrrComponents,
        List<Goal> sdgs,
        @Schema(description = "Horizon Europe Pillar II clusters") List<Reference> horizonClusters,
        @Schema(description = "The technology clusters that proposed the priority") List<Reference> proposingClusters,
        @Schema(description = "Only in an edition in preparation: what the round decided for a priority carried over "
                + "from the adopted edition (KEEP, CHANGE, RETIRE); null otherwise", nullable = true)
        String carryOver) {
}
