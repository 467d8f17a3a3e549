package it.lombardia.codesign.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests in a real browser: the app on a random port with the demo data in a database of its own
 * (browser journeys change data that other tests count on), driven by Playwright in Debian's
 * Chromium. Playwright never downloads a browser here. On failure, {@link BrowserArtifacts} leaves a
 * screenshot and the console log of every open page under {@code target/browser-artifacts}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:codesign-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@ActiveProfiles({"test", "demo"})
@Tag("browser")
@ExtendWith(BrowserArtifacts.class)
public abstract class BrowserTest {

    /** WCAG 2.1 level A and AA, as AgID's guidelines (EN 301 549) ask. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Path CHROMIUM = Paths.get(System.getProperty("codesign.chromium", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    final List<BrowserContext> contexts = new ArrayList<>();
    final Map<Page, List<String>> consoles = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void launchChromium() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium at %s (apt-get install chromium, or -Dcodesign.chromium=...)", CHROMIUM).isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        consoles.clear();
    }

    /** The app's address of a route, e.g. {@code url("proposals")}. */
    protected String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    /** A fresh browser (its own cookies) at the login page. */
    protected Page newBrowserPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-GB"));
        contexts.add(context);
        Page page = context.newPage();
        List<String> console = new ArrayList<>();
        consoles.put(page, console);
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        page.onPageError(e -> console.add("pageerror: " + e));
        page.setDefaultTimeout(15_000);
        return page;
    }

    /** A fresh browser signed in as a demo user (password "demo"), on the dashboard. */
    protected Page signedIn(String username) {
        Page page = newBrowserPage();
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        return page;
    }

    /** Opens a route and waits until Vaadin has rendered it. */
    protected void open(Page page, String route) {
        page.navigate(url(route));
        page.locator("vaadin-app-layout, vaadin-login-overlay, vaadin-login-form").first().waitFor();
        page.waitForLoadState();
    }

    /** Runs axe-core's WCAG 2.1 A and AA rules on the page as it is and fails with a readable list. */
    protected void assertAccessible(Page page, String what) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations")); // passes and incompletes are not read: spares time
        // Legacy mode runs axe.run in the page itself; the default mode also runs every frame and then
        // merges the partial results in an extra blank page, which costs seconds per check. The app
        // has no frames.
        AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("WCAG 2.1 AA violations on %s:%n%s", what, describe(violations)).isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n"
                        + v.getNodes().stream().limit(5).map(n -> "    " + target(n) + " " + abbreviate(n.getFailureSummary()))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String target(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replace('\n', ' ');
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
