package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two people in two browsers on the same proposal: each sees the other arrive, and a change one of
 * them saves reaches the other's page without a reload. The demo's AFIL draft (id 2), which the
 * reviewer may read and AFIL's representative may edit.
 */
class LiveCollaborationBrowserTest extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(10_000);
    private static final LocatorAssertions.HasAttributeOptions LIVE_ATTRIBUTE = new LocatorAssertions.HasAttributeOptions()
            .setTimeout(10_000);

    @Test
    void aSecondBrowserSeesWhoIsThereAndTheirSavedChangeLive() {
        Page reviewer = signedIn("reviewer");
        open(reviewer, "proposals/2");
        assertThat(reviewer.locator(".presence-caption")).containsText("Nobody else has this page open");

        Page rep = signedIn("afil.rep");
        open(rep, "proposals/2");
        assertThat(reviewer.locator(".presence-caption")).containsText("Also here: Laura Bianchi", LIVE);
        assertThat(rep.locator(".presence-caption")).containsText("Also here:", LIVE);

        rep.locator("vaadin-text-field#title input").focus();
        assertThat(reviewer.locator("#title.field-in-use")).hasAttribute("data-in-use", "Laura Bianchi is editing", LIVE_ATTRIBUTE);
        presenceIsReadableWithoutColour(reviewer);

        String title = "Extend collaborative robotics to exoskeletons " + UUID.randomUUID().toString().substring(0, 6);
        rep.locator("vaadin-text-field#title input").fill(title);
        rep.locator("vaadin-button#save").click();
        assertThat(rep.locator("h1")).containsText(title, LIVE);

        assertThat(reviewer.locator("h1")).containsText(title, LIVE);
    }

    @Test
    void aCommentReachesAReaderOnTheMainTabInTheCountAndThenInTheThreads() {
        Page reviewer = signedIn("reviewer");
        open(reviewer, "proposals/2");
        Locator reviewersTab = reviewer.locator("vaadin-tab#discussion-tab");
        assertThat(reviewersTab).containsText("Discussion");
        int openBefore = openThreads(reviewersTab.textContent());

        Page rep = signedIn("afil.rep");
        open(rep, "proposals/2");
        rep.locator("vaadin-tab#discussion-tab").click();
        String question = "Which pilot plants join? " + UUID.randomUUID().toString().substring(0, 8);
        rep.locator(".discussion-starter vaadin-text-area.discussion-text textarea").fill(question);
        rep.locator(".discussion-starter vaadin-button.discussion-send").click();
        assertThat(rep.locator(".discussion-open-threads")).containsText(question, LIVE);

        // the reader never left the proposal's main tab: its Discussion label counts the new thread
        assertThat(reviewersTab).hasText("Discussion (" + (openBefore + 1) + " open)",
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(reviewer.locator("vaadin-text-field#title")).isVisible();
        // and opening it shows the thread, without a reload
        reviewersTab.click();
        assertThat(reviewer.locator(".discussion-open-threads")).containsText(question, LIVE);
    }

    /** The number of open threads a Discussion tab label counts ("Discussion (2 open)"), 0 for "Discussion". */
    private static int openThreads(String label) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\\((\\d+)").matcher(label);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    /**
     * Who is here and who is in which field are told in words as well as colours (WCAG 1.4.1), and
     * every presence colour carries its white initials and labels at 4.5:1 or more (1.4.3): axe
     * checks the avatars on the page, this checks all seven colours as the browser resolves them,
     * including those of people who are not here now.
     */
    private void presenceIsReadableWithoutColour(Page page) {
        assertThat(page.locator(".presence-avatars")).isVisible();
        assertAccessible(page, "a proposal with a second person in it, in a field");
        @SuppressWarnings("unchecked")
        Map<String, Number> ratios = (Map<String, Number>) page.evaluate(USER_COLOUR_CONTRASTS);
        assertThat(ratios).hasSize(8);
        ratios.forEach((colour, ratio) -> assertThat(ratio.doubleValue())
                .as("contrast of white text on %s", colour).isGreaterThanOrEqualTo(4.5));
    }

    /** The contrast ratio (WCAG's formula) of white on each Lumo user colour and on the field marker's label. */
    private static final String USER_COLOUR_CONTRASTS = """
            () => {
              const rgb = value => {
                const probe = document.createElement('div');
                probe.style.color = value;
                document.body.appendChild(probe);
                const parts = getComputedStyle(probe).color.match(/[\\d.]+/g).map(Number);
                probe.remove();
                return parts.slice(0, 3);
              };
              const luminance = ([r, g, b]) => [r, g, b].map(c => c / 255)
                  .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
                  .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
              const ratio = (a, b) => {
                const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
                return (hi + 0.05) / (lo + 0.05);
              };
              const result = {};
              const root = getComputedStyle(document.documentElement);
              for (let i = 0; i < 7; i++) {
                const colour = root.getPropertyValue('--vaadin-user-color-' + i).trim();
                result['--vaadin-user-color-' + i + ' ' + colour] = ratio(rgb(colour), rgb('#fff'));
              }
              const marker = getComputedStyle(document.querySelector('.field-in-use'), '::after');
              result['the field marker label'] = ratio(rgb(marker.backgroundColor), rgb(marker.color));
              return result;
            }""";

    @Test
    void theAppSwitchesToItalianFromTheLoginPageAndBackToEnglishFromTheUserMenu() {
        Page page = newBrowserPage();
        open(page, "login");
        page.locator("a, vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Italiano"))
                .first().click();
        assertThat(page.locator("vaadin-login-form")).containsText("Accedi", LIVE);
        // the language is kept on the account: a user no other browser test signs in as
        page.locator("input[name=username]").fill("mobility.rep");
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("vaadin-side-nav")).containsText("Proposte", LIVE);
        assertThat(page.locator("vaadin-side-nav")).containsText("Programma di Lavoro");

        page.locator(".user-menu-trigger").click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Lingua")).click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("English")).click();
        assertThat(page.locator("vaadin-side-nav")).containsText("Proposals", LIVE);
    }
}
