package it.lombardia.codesign.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.programme.ProgrammeService;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Export jobs run in the background with progress, and only their requester downloads the result. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class ExportJobsTest {

    @Autowired
    ExportJobs jobs;
    @Autowired
    ProgrammeService programme;
    @Autowired
    UserDetailsService users;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SignIn.as(users, "reviewer");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long editionId() {
        return programme.editions().stream().filter(e -> e.periodLabel().equals("2024-2025")).findFirst().orElseThrow().id();
    }

    private ExportStatus awaitFinished(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            ExportStatus status = jobs.status(jobId).orElseThrow();
            if (status.finished()) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The export did not finish in 30 seconds");
    }

    private Authentication as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Test
    void aJobReachesDoneAndOnlyItsRequesterDownloadsIt() throws Exception {
        List<ExportStatus> reported = new CopyOnWriteArrayList<>();
        String jobId = jobs.start(ExportRequest.edition(editionId(), Locale.ITALIAN, ChapterMode.BY_ECOSYSTEM,
                DocumentFormat.PDF));
        jobs.addListener(jobId, reported::add);
        ExportStatus status = awaitFinished(jobId);

        assertThat(status.state()).isEqualTo(ExportStatus.State.DONE);
        assertThat(status.progress()).isEqualTo(100);
        assertThat(status.fileName()).isEqualTo("programma-lavoro-2024-2025-it.pdf");
        assertThat(reported).isNotEmpty();
        assertThat(reported.getLast().state()).isEqualTo(ExportStatus.State.DONE);

        MockHttpServletResponse mine = mvc.perform(get("/exports/" + jobId).with(authentication(as("reviewer"))))
                .andReturn().getResponse();
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentType()).isEqualTo("application/pdf");
        assertThat(mine.getHeader("Content-Disposition")).contains("attachment", "programma-lavoro-2024-2025-it.pdf");
        assertThat(new String(mine.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(mvc.perform(get("/exports/" + jobId).with(authentication(as("afil.rep")))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/exports/" + java.util.UUID.randomUUID()).with(authentication(as("reviewer"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aWordRoundReportRunsAsItsRequester() throws Exception {
        long roundId = context.getBean(it.lombardia.codesign.round.RoundService.class).rounds().getFirst().id();
        String jobId = jobs.start(ExportRequest.roundReport(roundId, Locale.ENGLISH, DocumentFormat.DOCX));
        ExportStatus status = awaitFinished(jobId);

        assertThat(status.state()).isEqualTo(ExportStatus.State.DONE);
        MockHttpServletResponse response = mvc.perform(get("/exports/" + jobId).with(authentication(as("reviewer"))))
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(DocumentFormat.DOCX.contentType());
        assertThat(response.getHeader("Content-Disposition")).contains("round-report-" + roundId + "-en.docx");
    }

    @Test
    void anUnknownEditionFailsWithAMessage() throws Exception {
        String jobId = jobs.start(ExportRequest.edition(-1, Locale.ENGLISH, ChapterMode.BY_ECOSYSTEM, DocumentFormat.PDF));
        ExportStatus status = awaitFinished(jobId);

        assertThat(status.state()).isEqualTo(ExportStatus.State.FAILED);
        assertThat(status.errorKey()).isEqualTo("publication.error.no-edition");
        assertThat(mvc.perform(get("/exports/" + jobId).with(authentication(as("reviewer")))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }
}
