package it.lombardia.codesign.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Work Programme's editions as JSON and CSV. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work Programme", description = "Editions of the Research and Innovation Work Programme with their "
        + "macro-themes and technological development priorities. Adopted editions are public; editions in "
        + "preparation only for signed-in users (anonymous callers get 404 for them).")
class EditionsApi {

    private static final String LANG = "Language of the names of ecosystems, PNRR components, SDGs, Horizon Europe "
            + "clusters and technology clusters: en (default) or it. Titles and texts are published as written.";
    private static final String NOT_FOUND = "No such edition, or an edition in preparation and the caller is not signed in";

    private final OpenData openData;

    EditionsApi(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping(path = "/editions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the editions",
            description = "Adopted editions first, newest first, then editions in preparation (signed-in callers only).")
    @ApiResponse(responseCode = "200", description = "The editions (a JSON array)")
    List<EditionInfo> editions() {
        return openData.editions();
    }

    @GetMapping("/editions.csv")
    @Operation(summary = "List the editions as CSV", description = "Same rows as /editions; file editions.csv.")
    @ApiResponse(responseCode = "200", description = "CSV, UTF-8 with BOM, header row",
            content = @Content(mediaType = CsvDownload.CSV_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<byte[]> editionsCsv(@Parameter(description = "File name language: en (default) or it")
                                       @RequestParam(name = "lang", required = false) String lang) {
        CsvTable csv = new CsvTable("id", "period", "startYear", "endYear", "status", "actReference", "adoptedOn",
                "macroThemeCount", "priorityCount");
        openData.editions().forEach(e -> csv.row(e.id(), e.period(), e.startYear(), e.endYear(), e.status(),
                e.actReference(), e.adoptedOn(), e.macroThemeCount(), e.priorityCount()));
        return CsvDownload.of(csv, CsvDownload.fileName(Language.of(lang), "editions", "edizioni", null));
    }

    @GetMapping(path = "/editions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An edition with its macro-themes and priorities",
            description = "Each macro-theme carries its ecosystems and its priorities; each priority its ecosystems, "
                    + "PNRR components, SDGs, Horizon Europe clusters and proposing clusters, with codes and names.")
    @ApiResponse(responseCode = "200", description = "The edition")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(schema = @Schema(implementation = ApiError.class)))
    EditionData edition(@Parameter(description = "Edition id, from /editions") @PathVariable("id") long id,
                        @Parameter(description = LANG) @RequestParam(name = "lang", required = false) String lang) {
        return openData.edition(id, Language.of(lang)).orElseThrow(() -> ApiException.notFound("Edition"));
    }

    @GetMapping(path = "/editions/{id}/macro-themes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The macro-themes of an edition", description = "A flat list, in the edition's order, "
            + "without their priorities.")
    @ApiResponse(responseCode = "200", description = "The macro-themes (a JSON array)")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<MacroThemeInfo> macroThemes(@Parameter(description = "Edition id") @PathVariable("id") long id,
                                     @Parameter(description = LANG) @RequestParam(name = "lang", required = false) String lang) {
        return openData.macroThemes(id, Language.of(lang)).orElseThrow(() -> ApiException.notFound("Edition"));
    }

    @GetMapping("/editions/{id}/macro-themes.csv")
    @Operation(summary = "The macro-themes of an edition as CSV",
            description = "File macro-themes-PERIOD.csv (macro-temi-PERIOD.csv with lang=it).")
    @ApiResponse(responseCode = "200", description = "CSV, UTF-8 with BOM, header row; several values joined with \" | \"",
            content = @Content(mediaType = CsvDownload.CSV_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<byte[]> macroThemesCsv(@Parameter(description = "Edition id") @PathVariable("id") long id,
                                          @Parameter(description = LANG) @RequestParam(name = "lang", required = false) String lang) {
        Language language = Language.of(lang);
        EditionData edition = openData.edition(id, language).orElseThrow(() -> ApiException.notFound("Edition"));
        CsvTable csv = new CsvTable("id", "number", "title", "description", "ecosystemCodes", "ecosystems",
                "priorityCount");
        edition.macroThemes().forEach(m -> csv.row(m.id(), m.number(), m.title(), m.description(),
                codes(m.ecosystems()), names(m.ecosystems()), m.priorities().size()));
        return CsvDownload.of(csv, CsvDownload.fileName(language, "macro-themes", "macro-temi", edition.period()));
    }

    @GetMapping(path = "/editions/{id}/priorities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The priorities of an edition", description = "A flat list in programme order, each with "
            + "its macro-theme's id and title.")
    @ApiResponse(responseCode = "200", description = "The priorities (a JSON array)",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = PriorityData.class))))
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<PriorityData> priorities(@Parameter(description = "Edition id") @PathVariable("id") long id,
                                  @Parameter(description = LANG) @RequestParam(name = "lang", required = false) String lang) {
        return openData.priorities(id, Language.of(lang)).orElseThrow(() -> ApiException.notFound("Edition"));
    }

    @GetMapping("/editions/{id}/priorities.csv")
    @Operation(summary = "The priorities of an edition as CSV",
            description = "File priorities-PERIOD.csv (priorita-PERIOD.csv with lang=it). Each cross-reference "
                    + "comes as two columns, codes and names.")
    @ApiResponse(responseCode = "200", description = "CSV, UTF-8 with BOM, header row; several values joined with \" | \"",
            content = @Content(mediaType = CsvDownload.CSV_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<byte[]> prioritiesCsv(@Parameter(description = "Edition id") @PathVariable("id") long id,
                                         @Parameter(description = LANG) @RequestParam(name = "lang", required = false) String lang) {
        Language language = Language.of(lang);
        EditionData edition = openData.edition(id, language).orElseThrow(() -> ApiException.notFound("Edition"));
        CsvTable csv = new CsvTable("id", "number", "macroThemeId", "macroThemeTitle", "title", "description",
                "ecosystemImpact", "territorialImpact", "trlMin", "trlMax", "ecosystemCodes", "ecosystems",
                "pnrrComponentCodes", "pnrrComponents", "sdgNumbers", "sdgs", "horizonClusterCodes", "horizonClusters",
                "proposingClusterCodes", "proposingClusters", "carryOver");
        edition.macroThemes().stream().flatMap(m -> m.priorities().stream()).forEach(p -> csv.row(p.id(), p.number(),
                p.macroThemeId(), p.macroThemeTitle(), p.title(), p.description(), p.ecosystemImpact(),
                p.territorialImpact(), p.trlMin(), p.trlMax(), codes(p.ecosystems()), names(p.ecosystems()),
                codes(p.pnrrComponents()), names(p.pnrrComponents()),
                p.sdgs().stream().map(Goal::number).toList(), p.sdgs().stream().map(Goal::name).toList(),
                codes(p.horizonClusters()), names(p.horizonClusters()),
                codes(p.proposingClusters()), names(p.proposingClusters()), p.carryOver()));
        return CsvDownload.of(csv, CsvDownload.fileName(language, "priorities", "priorita", edition.period()));
    }

    static List<String> codes(List<Reference> references) {
        return references.stream().map(Reference::code).toList();
    }

    static List<String> names(List<Reference> references) {
        return references.stream().map(Reference::name).toList();
    }
}
