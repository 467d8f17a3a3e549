package it.lombardia.codesign.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.proposal.ProposalRecord;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.RoundProposals;
import it.lombardia.codesign.round.RoundService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data API as its users meet it: what anonymous callers, signed-in people and programs with
 * HTTP Basic get, in JSON and CSV, and what they never get. Reads the demo data only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class OpenDataApiTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    ProgrammeService programme;
    @Autowired
    CatalogService catalog;
    @Autowired
    RoundService rounds;
    @Autowired
    RoundProposals roundProposals;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    EditionSummary adopted() {
        return programme.editions().stream().filter(e -> e.periodLabel().equals("2024-2025")).findFirst().orElseThrow();
    }

    EditionSummary draft() {
        return programme.editions().stream().filter(e -> e.periodLabel().equals("2026-2027")).findFirst().orElseThrow();
    }

    long roundId() {
        return rounds.rounds().stream().filter(r -> r.title().equals("EDP 2026-2027")).findFirst().orElseThrow().id();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    JsonNode jsonOf(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/json");
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousCallersGetTheAdoptedEditionWithItsMacroThemesAndNamedPriorities() throws Exception {
        EditionContent content = programme.content(adopted().id()).orElseThrow();

        JsonNode list = jsonOf(call(get("/api/v1/editions")));
        assertThat(list.valueStream().map(e -> e.get("period").asString()).toList()).containsExactly("2024-2025");
        assertThat(list.get(0).get("status").asString()).isEqualTo("ADOPTED");
        assertThat(list.get(0).get("adoptedOn").asString()).isEqualTo("2023-12-11");
        assertThat(list.get(0).get("priorityCount").asInt()).isEqualTo(content.priorityCount());

        JsonNode edition = jsonOf(call(get("/api/v1/editions/" + adopted().id())));
        assertThat(edition.get("period").asString()).isEqualTo("2024-2025");
        assertThat(edition.get("language").asString()).isEqualTo("en");
        JsonNode first = edition.get("macroThemes").get(0);
        assertThat(first.get("title").asString()).isEqualTo("Digital and Sustainable Manufacturing");
        assertThat(first.get("number").asInt()).isEqualTo(1);
        JsonNode priority = first.get("priorities").get(0);
        PriorityContent expected = content.macroThemes().getFirst().priorities().getFirst();
        assertThat(priority.get("title").asString()).isEqualTo(expected.title());
        assertThat(priority.get("number").asString()).isEqualTo("1." + expected.displayOrder());
        assertThat(priority.get("ecosystems").valueStream().map(e -> e.get("code").asString() + "=" + e.get("name").asString()))
                .containsExactlyInAnyOrderElementsOf(expected.ecosystemCodes().stream()
                        .map(c -> c + "=" + catalog.ecosystem(c).orElseThrow().nameEn()).toList());
        assertThat(priority.get("proposingClusters").valueStream().map(c -> c.get("code").asString()))
                .containsExactlyInAnyOrderElementsOf(expected.proposerClusterCodes());
        assertThat(priority.get("proposingClusters").valueStream().map(c -> c.get("name").asString()))
                .allSatisfy(name -> assertThat(name).isNotBlank());

        JsonNode macroThemes = jsonOf(call(get("/api/v1/editions/" + adopted().id() + "/macro-themes")));
        assertThat(macroThemes.size()).isEqualTo(content.macroThemes().size());
        assertThat(macroThemes.get(0).has("priorities")).isFalse();
        JsonNode priorities = jsonOf(call(get("/api/v1/editions/" + adopted().id() + "/priorities")));
        assertThat(priorities.size()).isEqualTo(content.priorityCount());
        assertThat(priorities.get(0).get("macroThemeTitle").asString()).isEqualTo("Digital and Sustainable Manufacturing");
    }

    @Test
    void italianNamesComeWithLangIt() throws Exception {
        JsonNode edition = jsonOf(call(get("/api/v1/editions/" + adopted().id()).param("lang", "it")));
        assertThat(edition.get("language").asString()).isEqualTo("it");
        List<String> names = edition.get("macroThemes").valueStream().flatMap(m -> m.get("ecosystems").valueStream())
                .map(e -> e.get("name").asString()).toList();
        assertThat(names).contains("Manifattura avanzata").doesNotContain("Advanced Manufacturing");

        // Any web page may read the public data with its scripts (without the visitor's cookies).
        MockHttpServletResponse crossSite = call(get("/api/v1/editions").header("Origin", "https://example.org"));
        assertThat(crossSite.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(crossSite.getHeader("Access-Control-Allow-Credentials")).isNull();

        MockHttpServletResponse bad = call(get("/api/v1/editions/" + adopted().id()).param("lang", "fr"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(jsonOf(bad).get("error").asString()).isEqualTo("bad-request");
    }

    @Test
    void prioritiesAsCsvOpenInExcelWithAccentsQuotingAndAGoodFileName() throws Exception {
        EditionContent content = programme.content(adopted().id()).orElseThrow();
        MockHttpServletResponse response = call(get("/api/v1/editions/" + adopted().id() + "/priorities.csv")
                .param("lang", "it"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
                .contains("filename=\"priorita-2024-2025.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("id,number,macroThemeId,macroThemeTitle,title,description,")
                .contains(",ecosystemCodes,ecosystems,pnrrComponentCodes,pnrrComponents,sdgNumbers,sdgs,");
        // Descriptions are sentences with commas: quoted, so each priority stays one record; in Italian here.
        PriorityContent withComma = content.macroThemes().stream().flatMap(m -> m.priorities().stream())
                .filter(p -> p.description(Locale.ITALIAN).contains(",")).findFirst().orElseThrow();
        assertThat(withComma.description(Locale.ITALIAN)).isNotEqualTo(withComma.description());
        assertThat(csv).contains(",\"" + withComma.description(Locale.ITALIAN).replace("\"", "\"\"") + "\",");
        assertThat(csv).contains("Sostenibilità");
        // Several values in one cell, joined with " | ", in the catalogue's order and in Italian.
        PriorityContent multi = content.macroThemes().stream().flatMap(m -> m.priorities().stream())
                .filter(p -> p.ecosystemCodes().size() > 1).findFirst().orElseThrow();
        String joined = catalog.ecosystems().stream().filter(e -> multi.ecosystemCodes().contains(e.code()))
                .map(e -> e.name(Locale.ITALIAN)).collect(Collectors.joining(" | "));
        assertThat(csv).contains(joined);
        assertThat(lines).hasSize(1 + content.priorityCount());

        MockHttpServletResponse english = call(get("/api/v1/editions/" + adopted().id() + "/macro-themes.csv"));
        assertThat(english.getHeader("Content-Disposition")).contains("filename=\"macro-themes-2024-2025.csv\"");
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("Advanced Manufacturing");
    }

    @Test
    void anEditionInPreparationIsHiddenFromAnonymousCallersAndShownToSignedInOnes() throws Exception {
        MockHttpServletResponse notFound = call(get("/api/v1/editions/" + draft().id()));
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(jsonOf(notFound).get("error").asString()).isEqualTo("not-found");
        assertThat(call(get("/api/v1/editions/" + draft().id() + "/priorities.csv")).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/editions/" + draft().id() + "/macro-themes")).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/editions.csv")).getContentAsString(StandardCharsets.UTF_8))
                .contains("2024-2025").doesNotContain("2026-2027");

        JsonNode list = jsonOf(call(get("/api/v1/editions").with(httpBasic("observer", "demo"))));
        assertThat(list.valueStream().map(e -> e.get("period").asString()).toList())
                .containsExactly("2024-2025", "2026-2027");
        JsonNode draft = jsonOf(call(get("/api/v1/editions/" + draft().id()).with(httpBasic("observer", "demo"))));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("macroThemes").size()).isPositive();
    }

    @Test
    void roundsAndProposalsNeedSigningInAndAnswer401WithJsonNotTheLoginPage() throws Exception {
        for (String path : List.of("/api/v1/rounds", "/api/v1/rounds/" + roundId() + "/proposals",
                "/api/v1/rounds/" + roundId() + "/proposals.csv")) {
            MockHttpServletResponse response = call(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(401);
            assertThat(response.getHeader("Location")).as(path).isNull();
            assertThat(response.getHeader("WWW-Authenticate")).as(path).startsWith("Basic");
            assertThat(jsonOf(response).get("error").asString()).isEqualTo("unauthorized");
        }
        MockHttpServletResponse wrongPassword = call(get("/api/v1/rounds").with(httpBasic("observer", "wrong")));
        assertThat(wrongPassword.getStatus()).isEqualTo(401);
        assertThat(wrongPassword.getContentAsString()).doesNotContain("EDP 2026-2027");

        MockHttpServletResponse signedIn = call(get("/api/v1/rounds").with(httpBasic("observer", "demo")));
        assertThat(jsonOf(signedIn).valueStream().map(r -> r.get("title").asString())).contains("EDP 2026-2027");
        assertThat(call(get("/api/v1/rounds/999999/proposals").with(httpBasic("observer", "demo"))).getStatus())
                .isEqualTo(404);
    }

    @Test
    void theBrowserSessionOfASignedInUserIsEnough() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(SignIn.as(users, "observer")));
        SignIn.out();

        MockHttpServletResponse response = call(get("/api/v1/rounds/" + roundId() + "/proposals").session(session));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(jsonOf(response).size()).isPositive();
    }

    @Test
    void observersSeeSubmittedProposalsButNoDrafts() throws Exception {
        Set<Long> expected = visibleTo("observer");
        JsonNode proposals = jsonOf(call(get("/api/v1/rounds/" + roundId() + "/proposals")
                .with(httpBasic("observer", "demo"))));

        assertThat(ids(proposals)).isEqualTo(expected).isNotEmpty();
        assertThat(proposals.valueStream().map(p -> p.get("status").asString())).doesNotContain("DRAFT");
        assertThat(proposals.valueStream().filter(p -> p.get("status").asString().equals("SUBMITTED")))
                .allSatisfy(p -> assertThat(p.get("submittedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z"));
    }

    @Test
    void aClusterRepresentativeSeesTheirClustersDraftsButNotOtherClusters() throws Exception {
        List<ProposalRecord> all = asUser("admin", () -> roundProposals.of(roundId()));
        Set<Long> afilDrafts = all.stream().filter(p -> p.status() == ProposalStatus.DRAFT)
                .filter(p -> p.clusterCodes().contains("AFIL")).map(ProposalRecord::id).collect(Collectors.toSet());
        Set<Long> otherDrafts = all.stream().filter(p -> p.status() == ProposalStatus.DRAFT)
                .filter(p -> !p.clusterCodes().contains("AFIL")).map(ProposalRecord::id).collect(Collectors.toSet());
        assertThat(afilDrafts).isNotEmpty();
        assertThat(otherDrafts).isNotEmpty();

        JsonNode proposals = jsonOf(call(get("/api/v1/rounds/" + roundId() + "/proposals")
                .with(httpBasic("afil.rep", "demo"))));
        assertThat(ids(proposals)).isEqualTo(visibleTo("afil.rep")).containsAll(afilDrafts)
                .doesNotContainAnyElementsOf(otherDrafts);

        MockHttpServletResponse csv = call(get("/api/v1/rounds/" + roundId() + "/proposals.csv").param("lang", "it")
                .with(httpBasic("afil.rep", "demo")));
        assertThat(csv.getHeader("Content-Disposition")).contains("filename=\"proposte-2026-2027.csv\"");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n")).hasSize(1 + proposals.size());
    }

    @Test
    void administratorsSeeEveryProposalWithTheirOutcome() throws Exception {
        List<ProposalRecord> all = asUser("admin", () -> roundProposals.of(roundId()));
        JsonNode proposals = jsonOf(call(get("/api/v1/rounds/" + roundId() + "/proposals")
                .with(httpBasic("admin", "demo"))));

        assertThat(ids(proposals)).isEqualTo(all.stream().map(ProposalRecord::id).collect(Collectors.toSet()));
        assertThat(proposals.valueStream().map(p -> p.get("status").asString())).contains("DRAFT", "SUBMITTED");
        JsonNode first = proposals.get(0);
        assertThat(first.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .contains("status", "submittedAt", "decidedAt", "leadCluster", "coProposingClusters")
                .doesNotContain("createdBy", "updatedBy", "author", "privateNotes", "comment");
    }

    @Test
    @Transactional
    void reviewersPrivateNotesAndInternalCommentsAreNeverPublished() throws Exception {
        long proposalId = asUser("admin", () -> roundProposals.of(roundId())).stream()
                .filter(p -> p.status() == ProposalStatus.SUBMITTED).findFirst().orElseThrow().id();
        jdbc.sql("""
                insert into assessment (proposal_id, reviewer, alignment, impact, feasibility, comment, private_notes,
                                        public_answer, created_at, updated_at, version)
                values (?, 'reviewer', 4, 4, 4, 'Reviewer comment QX-41', 'Private note QX-42', null,
                        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""").param(proposalId).update();
        String internalComment = "Internal: this overlaps partly with the 2024-2025 priority";

        for (String path : List.of("/api/v1/rounds/" + roundId() + "/proposals",
                "/api/v1/rounds/" + roundId() + "/proposals.csv", "/api/v1/editions/" + draft().id(),
                "/api/v1/editions/" + draft().id() + "/priorities.csv")) {
            String body = call(get(path).with(httpBasic("admin", "demo"))).getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).isNotEmpty().doesNotContain("QX-41", "QX-42", internalComment, "afil.rep");
        }
    }

    @Test
    void theOpenApiDescriptionIsPublicAndListsTheEndpoints() throws Exception {
        JsonNode description = jsonOf(call(get("/api/openapi.json")));
        assertThat(description.get("paths").propertyNames()).contains("/api/v1/editions", "/api/v1/editions.csv",
                "/api/v1/editions/{id}", "/api/v1/editions/{id}/macro-themes", "/api/v1/editions/{id}/macro-themes.csv",
                "/api/v1/editions/{id}/priorities", "/api/v1/editions/{id}/priorities.csv", "/api/v1/rounds",
                "/api/v1/rounds/{id}/proposals", "/api/v1/rounds/{id}/proposals.csv");
        assertThat(description.get("paths").get("/api/v1/editions/{id}").get("get").get("summary").asString())
                .isNotBlank();
        assertThat(description.get("components").get("securitySchemes").propertyNames()).contains("basic");
    }

    @Test
    void theBrowsableDocumentationLoadsWithItsScriptsAndTheAppStillAsksPeopleToSignIn() throws Exception {
        HttpResponse<String> docs = fetch("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String page = docs.headers().firstValue("Location").orElseThrow();
        assertThat(page).endsWith("/api/swagger-ui/index.html");

        HttpResponse<String> index = fetch(URI.create("http://localhost:" + port).resolve(page).getPath());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("swagger-ui-bundle.js");
        for (String asset : List.of("swagger-ui-bundle.js", "swagger-ui.css", "swagger-initializer.js")) {
            assertThat(fetch("/api/swagger-ui/" + asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(fetch("/api/openapi.json/swagger-config").body()).contains("/api/openapi.json");

        HttpResponse<String> appPage = fetch("/programme");
        assertThat(appPage.statusCode()).isEqualTo(302);
        assertThat(appPage.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> api = fetch("/api/v1/rounds");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("\"unauthorized\"");
    }

    HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    Set<Long> visibleTo(String username) {
        return asUser(username, () -> roundProposals.of(roundId())).stream().map(ProposalRecord::id)
                .collect(Collectors.toSet());
    }

    <T> T asUser(String username, java.util.function.Supplier<T> action) {
        SignIn.as(users, username);
        try {
            return action.get();
        } finally {
            SignIn.out();
        }
    }

    static Set<Long> ids(JsonNode proposals) {
        return proposals.valueStream().map(p -> p.get("id").asLong()).collect(Collectors.toSet());
    }
}
