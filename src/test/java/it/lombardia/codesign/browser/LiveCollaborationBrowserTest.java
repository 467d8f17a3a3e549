package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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

    @Test
    void aSecondBrowserSeesWhoIsThereAndTheirSavedChangeLive() {
        Page reviewer = signedIn("reviewer");
        open(reviewer, "proposals/2");
        assertThat(reviewer.locator(".presence-caption")).containsText("Nobody else has this page open");

        Page rep = signedIn("afil.rep");
        open(rep, "proposals/2");
        assertThat(reviewer.locator(".presence-caption")).containsText("Also here: Laura Bianchi", LIVE);
        assertThat(rep.locator(".presence-caption")).containsText("Also here:", LIVE);

        String title = "Extend collaborative robotics to exoskeletons " + UUID.randomUUID().toString().substring(0, 6);
        rep.locator("vaadin-text-field#title input").fill(title);
        rep.locator("vaadin-button#save").click();
        assertThat(rep.locator("h1")).containsText(title, LIVE);

        assertThat(reviewer.locator("h1")).containsText(title, LIVE);
    }

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
