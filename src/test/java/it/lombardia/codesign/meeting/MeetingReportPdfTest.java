package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.PdfTags;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report of the demo's past meeting (attendance, minutes, decisions, actions) as a tagged PDF a
 * screen reader can follow: its language, title, headings, paragraphs, tables and lists.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MeetingReportPdfTest {

    @Autowired
    MeetingReport reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    long meetingId;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "observer");
        meetingId = jdbc.queryForObject("select min(m.id) from meeting m where m.status = 'ENDED'"
                + " and exists (select 1 from meeting_decision d where d.meeting_id = m.id)"
                + " and exists (select 1 from meeting_action a where a.meeting_id = m.id)", Long.class);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theItalianReportIsATaggedPdfWithHeadingsTablesAndLists() {
        ReportData report = reports.report(meetingId, Locale.ITALIAN);
        PdfTags tags = PdfTags.of(reports.pdf(meetingId, Locale.ITALIAN));

        assertThat(tags.marked()).isTrue();
        assertThat(tags.language()).isEqualTo("it-IT");
        assertThat(tags.title()).isEqualTo(report.title());
        assertThat(tags.displaysTitle()).isTrue();
        assertThat(tags.texts("H1")).containsExactly(report.title());
        assertThat(tags.texts("H2")).hasSize(2);
        assertThat(tags.texts("H2").getFirst()).startsWith("Presenze (");
        assertThat(tags.texts("H2").getLast()).isEqualTo("Ordine del giorno, verbale e decisioni");
        assertThat(tags.texts("H3")).hasSize(report.items().size());
        for (int i = 0; i < report.items().size(); i++) {
            ReportData.Item item = report.items().get(i);
            assertThat(tags.texts("H3").get(i)).startsWith(item.position() + ". " + item.title());
        }
        assertThat(tags.texts("H4")).contains("Verbale", "Decisioni", "Azioni");
        assertThat(tags.headingsNeverSkipALevel()).isTrue();
        assertThat(tags.texts("TH")).contains("Persona");
        assertThat(tags.elements()).filteredOn(e -> e.type().equals("TH")).allMatch(e -> "Column".equals(e.scope()));
        ReportData.Item decided = report.items().stream().filter(item -> !item.decisions().isEmpty()).findFirst().orElseThrow();
        assertThat(tags.texts("LBody")).anyMatch(body -> body.startsWith(decided.decisions().getFirst().text()));
        assertThat(tags.texts("P")).contains(decided.minutes().body().replaceAll("\\s+", " ").strip());
        assertThat(tags.untaggedText()).isEmpty();
        assertThat(tags.unclaimedMarks()).isEmpty();
        assertThat(tags.parentTreeMatches()).isTrue();
    }

    @Test
    void theEnglishReportIsInBritishEnglish() {
        PdfTags tags = PdfTags.of(reports.pdf(meetingId, Locale.ENGLISH));

        assertThat(tags.language()).isEqualTo("en-GB");
        assertThat(tags.texts("H2").getLast()).isEqualTo("Agenda, minutes and decisions");
        assertThat(tags.untaggedText()).isEmpty();
    }
}
