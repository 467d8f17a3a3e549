package it.lombardia.codesign.opendata;

import static it.lombardia.codesign.opendata.EditionsApi.codes;
import static it.lombardia.codesign.opendata.EditionsApi.names;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The EDP rounds and their proposals with what became of them; for signed-in users. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "EDP rounds", description = "Rounds of the Entrepreneurial Discovery Process and their proposals with "
        + "their outcome. Signed-in users only: the app's session or HTTP Basic with an account of the app. "
        + "Drafts are listed only for region staff and the members of the proposing clusters.")
@SecurityRequirement(name = OpenApiDescription.BASIC)
@SecurityRequirement(name = OpenApiDescription.SESSION)
class RoundsApi {

    private static final String UNAUTHORIZED = "Not signed in: no session and no (valid) HTTP Basic credentials";

    private final OpenData openData;

    RoundsApi(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping(path = "/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the rounds", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The rounds (a JSON array)")
    @ApiResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<RoundInfo> rounds() {
        return openData.rounds();
    }

    @GetMapping(path = "/rounds/{id}/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The proposals of a round", description = "Oldest first, with status and the dates they "
            + "were created, submitted and decided. Reviewers' notes, comments and authors are never included.")
    @ApiResponse(responseCode = "200", description = "The proposals the caller may read (a JSON array)")
    @ApiResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such round", content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<ProposalData> proposals(@Parameter(description = "Round id, from /rounds") @PathVariable("id") long id,
                                 @Parameter(description = "Language of the reference names: en (default) or it")
                                 @RequestParam(name = "lang", required = false) String lang) {
        return openData.proposals(id, Language.of(lang)).orElseThrow(() -> ApiException.notFound("Round"));
    }

    @GetMapping("/rounds/{id}/proposals.csv")
    @Operation(summary = "The proposals of a round as CSV",
            description = "File proposals-PERIOD.csv (proposte-PERIOD.csv with lang=it), PERIOD being the edition's.")
    @ApiResponse(responseCode = "200", description = "CSV, UTF-8 with BOM, header row; several values joined with \" | \"",
            content = @Content(mediaType = CsvDownload.CSV_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such round", content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<byte[]> proposalsCsv(@Parameter(description = "Round id") @PathVariable("id") long id,
                                        @Parameter(description = "Language of the reference names: en (default) or it")
                                        @RequestParam(name = "lang", required = false) String lang) {
        Language language = Language.of(lang);
        RoundInfo round = openData.round(id).orElseThrow(() -> ApiException.notFound("Round"));
        List<ProposalData> proposals = openData.proposals(id, language).orElseThrow(() -> ApiException.notFound("Round"));
        CsvTable csv = new CsvTable("id", "roundId", "kind", "status", "title", "description", "ecosystemImpact",
                "territorialImpact", "trlMin", "trlMax", "leadClusterCode", "leadCluster", "coProposingClusterCodes",
                "coProposingClusters", "ecosystemCodes", "ecosystems", "pnrrComponentCodes", "pnrrComponents",
                "sdgNumbers", "sdgs", "horizonClusterCodes", "horizonClusters", "targetMacroThemeId",
                "targetPriorityId", "mergedIntoId", "createdAt", "submittedAt", "decidedAt");
        proposals.forEach(p -> csv.row(p.id(), p.roundId(), p.kind(), p.status(), p.title(), p.description(),
                p.ecosystemImpact(), p.territorialImpact(), p.trlMin(), p.trlMax(), p.leadCluster().code(),
                p.leadCluster().name(), codes(p.coProposingClusters()), names(p.coProposingClusters()),
                codes(p.ecosystems()), names(p.ecosystems()), codes(p.pnrrComponents()), names(p.pnrrComponents()),
                p.sdgs().stream().map(Goal::number).toList(), p.sdgs().stream().map(Goal::name).toList(),
                codes(p.horizonClusters()), names(p.horizonClusters()), p.targetMacroThemeId(), p.targetPriorityId(),
                p.mergedIntoId(), p.createdAt(), p.submittedAt(), p.decidedAt()));
        return CsvDownload.of(csv, CsvDownload.fileName(language, "proposals", "proposte", round.editionPeriod()));
    }
}
