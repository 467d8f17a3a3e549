package it.lombardia.codesign.browser;


import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Dialogs with groups of fields (fieldsets, checkbox and radio groups) keep everything inside their
 * edge, on a 360 px phone and on a desktop: nothing sticks out, nothing scrolls sideways. Moves the
 * demo round to consolidation and closes it to reach the consolidation and new-round dialogs, so it
 * has a database of its own. Screenshots of each dialog are left in target/browser-artifacts.
 */
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:codesign-browser-dialogs;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class DialogLayoutBrowserTest extends BrowserTest {

    /**
     * How far, in CSS pixels, the dialog's content reaches past its own edge: the widest of its
     * elements (light DOM, as the app builds it) against the dialog's visible card, and any sideways
     * scrolling of the content part. Zero when everything fits.
     */
    private static final String OVERFLOW = """
            () => {
              const dialog = document.querySelector('vaadin-dialog[opened]');
              const find = (root, selector) => {
                const hit = root.querySelector(selector);
                if (hit) return hit;
                for (const e of root.querySelectorAll('*')) {
                  if (e.shadowRoot) {
                    const inner = find(e.shadowRoot, selector);
                    if (inner) return inner;
                  }
                }
                return null;
              };
              const card = find(dialog.shadowRoot, '[part~="overlay"]');
              const content = find(dialog.shadowRoot, '[part~="content"]') || card;
              const edge = card.getBoundingClientRect();
              let worst = Math.max(0, content.scrollWidth - content.clientWidth);
              for (const e of dialog.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                worst = Math.max(worst, r.right - edge.right, edge.left - r.left);
              }
              return Math.round(worst);
            }""";


    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService users;

    private final SoftAssertions softly = new SoftAssertions();

    @Test
    void dialogsWithGroupsOfFieldsFitOnAPhoneAndOnADesktop() {
        for (int width : List.of(360, 1280)) {
            Page admin = signedIn("admin");
            admin.setViewportSize(width, 800);

            open(admin, "admin/users");
            admin.locator("vaadin-button#new-user").click();
            assertFits(admin, "new-user", width);

            open(admin, "working-groups");
            admin.locator("vaadin-button#new-group").click();
            assertFits(admin, "new-working-group", width);

            open(admin, "rounds");
            admin.locator("vaadin-button[id^=edit-dates-]").first().click();
            assertFits(admin, "round-dates", width);

            open(admin, "working-groups");
            admin.locator("[id^=group-] a").first().click();
            admin.locator("vaadin-button#schedule-meeting").click();
            assertFits(admin, "schedule-meeting", width);
        }

        long editionId = moveTheDemoRoundTo(RoundPhase.CONSOLIDATION);
        for (int width : List.of(360, 1280)) {
            Page admin = signedIn("admin");
            admin.setViewportSize(width, 800);
            open(admin, "programme/consolidation/" + editionId);
            admin.locator("vaadin-button[id^=priority-edit-]").first().click();
            assertFits(admin, "priority-edit", width);
        }

        moveTheDemoRoundTo(RoundPhase.CLOSED);
        for (int width : List.of(360, 1280)) {
            Page admin = signedIn("admin");
            admin.setViewportSize(width, 800);
            open(admin, "rounds");
            admin.locator("vaadin-button#new-round").click();
            admin.locator("vaadin-details#carry-over vaadin-details-summary").click();
            admin.locator("vaadin-details#carry-over vaadin-radio-group").first().scrollIntoViewIfNeeded();
            assertFits(admin, "new-round-carry-over", width);
        }
        softly.assertAll();
    }

    private void assertFits(Page page, String what, int width) {
        page.locator("vaadin-dialog[opened]").first().waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.waitForTimeout(300); // the opening animation
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(BrowserArtifacts.DIRECTORY.resolve("dialog-" + what + "-" + width + ".png")));
        Object overflow = page.evaluate(OVERFLOW);
        softly.assertThat(((Number) overflow).intValue()).as("%s at %d px: pixels past the dialog's edge", what, width)
                .isZero();
        page.keyboard().press("Escape");
    }

    /** Moves the demo round on as an administrator would; returns the edition it prepares. */
    private long moveTheDemoRoundTo(RoundPhase phase) {
        SignIn.as(users, "admin");
        try {
            RoundSummary round = rounds.rounds().stream().filter(r -> r.title().equals("EDP 2026-2027"))
                    .findFirst().orElseThrow();
            while (round.phase() != phase) {
                round = rounds.advance(round.id(), round.version());
            }
            return round.editionId();
        } finally {
            SignIn.out();
        }
    }
}
