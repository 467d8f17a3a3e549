package it.lombardia.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The favicon over real HTTP, as a browser without a session asks for it: no 404 on any page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"}) // the test database is shared with the other tests, which have the demo content
class FaviconHttpTest {

    private static final Pattern ICON_LINK = Pattern.compile("<link\\b[^>]*\\brel=\"icon\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    URI at(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void faviconIcoIsServedWithoutSignIn() throws Exception {
        HttpResponse<byte[]> icon = get(at("/favicon.ico"));

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        // An ICO file starts with reserved 0, type 1 (icon).
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void everyIconThePagesLinkIsServedWithoutSignIn() throws Exception {
        // The sign-in page is the one page a browser without a session gets.
        for (String page : List.of("/login", "/login?error")) {
            URI pageUri = at(page);
            HttpResponse<byte[]> html = get(pageUri);
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            String body = new String(html.body(), java.nio.charset.StandardCharsets.UTF_8);
            List<String> hrefs = iconHrefs(body);
            assertThat(hrefs).as("icons linked from " + page).contains("favicon.ico", "favicon.svg");
            URI base = pageUri.resolve(baseHref(body));
            for (String href : hrefs) {
                HttpResponse<byte[]> icon = get(base.resolve(href));
                assertThat(icon.statusCode()).as(href + " linked from " + page).isEqualTo(200);
                assertThat(icon.headers().firstValue("Content-Type")).as(href)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
            }
        }
    }

    private static List<String> iconHrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher link = ICON_LINK.matcher(html);
        while (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (href.find()) {
                hrefs.add(href.group(1));
            }
        }
        return hrefs;
    }

    /** Vaadin's page sets a base address relative to the route; links resolve against it. */
    private static String baseHref(String html) {
        Matcher base = Pattern.compile("<base\\b[^>]*\\bhref=\"([^\"]*)\"").matcher(html);
        return base.find() ? base.group(1) : ".";
    }
}
