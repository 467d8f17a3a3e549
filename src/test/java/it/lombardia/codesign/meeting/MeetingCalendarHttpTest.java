package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The calendar addresses over real HTTP: a feed opens with its token alone; a meeting's file needs a session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MeetingCalendarHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    UserDetailsService users;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFeedIsServedWithoutSessionAndAnUnknownTokenIsNotFound() throws Exception {
        SignIn.as(users, "wg.member");
        String token = calendar.myFeedToken();
        SignIn.out();

        HttpResponse<String> feed = get(MeetingCalendar.feedPath(token));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("text/calendar").contains("charset=utf-8"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("SUMMARY:Ranking the manufacturing and logistics proposals")
                .contains("URL:http://localhost:" + port + "/meetings/");

        assertThat(get(MeetingCalendar.feedPath("unknown-token")).statusCode()).isEqualTo(404);
    }

    @Test
    void aMeetingFileIsNotGivenWithoutSignIn() throws Exception {
        HttpResponse<String> file = get(MeetingCalendar.filePath(1));
        assertThat(file.statusCode()).isNotEqualTo(200);
        assertThat(file.body()).doesNotContain("BEGIN:VCALENDAR");
    }
}
