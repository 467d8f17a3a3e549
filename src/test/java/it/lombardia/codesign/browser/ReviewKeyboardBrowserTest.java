package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.lombardia.codesign.browser.Keyboard.assertFocusVisible;
import static it.lombardia.codesign.browser.Keyboard.assertHeadingFocused;
import static it.lombardia.codesign.browser.Keyboard.focusIn;
import static it.lombardia.codesign.browser.Keyboard.signedInWithTheKeyboard;
import static it.lombardia.codesign.browser.Keyboard.tabUntil;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The review of a proposal with the keyboard only: the reviewer finds it in the queue, starts the
 * review, requests changes; the representative resubmits; the reviewer approves through the
 * confirmation dialog, switches to Italian and signs out, both from the user menu. After each
 * decision the page is rebuilt, and the focus must stay in the decision panel instead of falling
 * back to the top of the page.
 * A database of its own (shared with {@link MeetingKeyboardBrowserTest}, which leaves proposals alone):
 * the round is moved on to its review phase.
 */
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:codesign-browser-keyboard;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class ReviewKeyboardBrowserTest extends BrowserTest {

    /** AFIL's submitted demo proposal. */
    private static final String TITLE = "Industrial digital twins for reconfigurable production lines";
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(10_000);

    @Test
    void aReviewerRequestsChangesAndApprovesWithTheKeyboardOnly() {
        roundMovedOnToReview();

        Page reviewer = signedInWithTheKeyboard(newBrowserPage(), url("login"), "reviewer");
        tabUntil(reviewer, "vaadin-side-nav-item[path=reviews]", 40);
        reviewer.keyboard().press("Enter");
        reviewer.waitForURL(u -> u.endsWith("/reviews"));
        assertHeadingFocused(reviewer, "Review queue");

        tabUntil(reviewer, "#filter-text", 5);
        reviewer.keyboard().type(TITLE);
        assertThat(reviewer.locator("vaadin-grid-cell-content a.proposal-link:visible")).hasCount(1);
        tabUntil(reviewer, "td[part~=body-cell]", 10);
        reviewer.keyboard().press("Enter"); // into the cell: its link
        reviewer.keyboard().press("Enter");
        reviewer.waitForURL(u -> u.matches(".*/proposals/\\d+/review$"));
        assertHeadingFocused(reviewer, TITLE);
        String reviewUrl = reviewer.url();
        String proposalUrl = reviewUrl.substring(0, reviewUrl.length() - "/review".length());

        tabUntil(reviewer, "vaadin-button#start-review", 30);
        reviewer.keyboard().press("Enter");
        assertThat(reviewer.locator("#proposal-status")).hasText("Under review", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertFocusInTheDecisionPanel(reviewer);

        tabUntil(reviewer, "#reason", 3);
        reviewer.keyboard().type("Please name the data-sharing terms agreed with the SMEs.");
        tabUntil(reviewer, "vaadin-button#request-changes", 3);
        reviewer.keyboard().press("Enter");
        assertThat(reviewer.locator("#proposal-status")).hasText("Changes requested", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertFocusInTheDecisionPanel(reviewer);

        Page rep = signedInWithTheKeyboard(newBrowserPage(), url("login"), "afil.rep");
        rep.navigate(proposalUrl); // typed into the address bar
        rep.locator("#description").waitFor();
        tabUntil(rep, "#description", 60);
        rep.keyboard().press("ControlOrMeta+End");
        rep.keyboard().type(" Data are shared under terms agreed with each SME.");
        Keyboard.shiftTabUntil(rep, "vaadin-button#resubmit", 60);
        rep.keyboard().press("Enter");
        assertThat(rep.locator("vaadin-notification-card").last()).containsText("Resubmitted", LIVE);

        reviewer.navigate(reviewUrl);
        reviewer.locator("vaadin-button#start-review").waitFor();
        tabUntil(reviewer, "vaadin-button#start-review", 40);
        reviewer.keyboard().press("Enter");
        assertThat(reviewer.locator("#proposal-status")).hasText("Under review", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        tabUntil(reviewer, "#reason", 3);
        reviewer.keyboard().type("Consistent with the S3 and well supported.");
        tabUntil(reviewer, "vaadin-button#approve", 4);
        reviewer.keyboard().press("Enter");
        assertThat(reviewer.locator("vaadin-button#confirm-decision")).isVisible();
        tabUntil(reviewer, "vaadin-button#confirm-decision", 6);
        reviewer.keyboard().press("Enter");
        assertThat(reviewer.locator("#proposal-status")).hasText("Approved", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertFocusInTheDecisionPanel(reviewer);
        // the closed dialog is removed once its closing animation has run
        assertThat(reviewer.locator("vaadin-dialog")).hasCount(0);

        switchToItalianFromTheUserMenu(reviewer);
        signOutFromTheUserMenu(reviewer, "Esci");
    }

    /** The page was rebuilt after a decision: the focus is on the decision panel's heading, visibly. */
    private static void assertFocusInTheDecisionPanel(Page page) {
        page.waitForFunction("() => document.activeElement && document.activeElement.matches('#decision h2')");
        assertFocusVisible(page);
    }

    /** User menu, Language, Italiano: Enter opens, the arrows move, Enter (or the right arrow) goes in. */
    private static void switchToItalianFromTheUserMenu(Page page) {
        openTheUserMenu(page);
        moveToMenuItem(page, "Language");
        page.keyboard().press("ArrowRight");
        page.locator("vaadin-menu-bar-item:visible:has-text('Italiano')").waitFor();
        moveToMenuItem(page, "Italiano");
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-side-nav")).containsText("Coda di valutazione", LIVE);
    }

    private static void signOutFromTheUserMenu(Page page, String signOut) {
        openTheUserMenu(page);
        moveToMenuItem(page, signOut);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    private static void openTheUserMenu(Page page) {
        if (!focusIn(page, ".user-menu vaadin-menu-bar-button", null)) {
            tabUntil(page, ".user-menu vaadin-menu-bar-button", 80);
        }
        page.keyboard().press("Enter");
        page.locator("vaadin-menu-bar-item:visible").first().waitFor();
    }

    private static void moveToMenuItem(Page page, String text) {
        String focused = "vaadin-menu-bar-item[focused]:visible:has-text('" + text + "')";
        for (int i = 0; i < 4 && page.locator(focused).count() == 0; i++) {
            page.keyboard().press("ArrowDown");
            // the menu moves its focus asynchronously: wait for it before pressing again (a busy machine is slow)
            try {
                page.locator(focused).waitFor(new Locator.WaitForOptions().setTimeout(1000));
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                // not this item yet: press again
            }
        }
        assertThat(page.locator(focused)).hasCount(1);
        assertFocusVisible(page);
    }

    /** The set-up, not under test: the administrator moves the round from drafting through co-design to review. */
    private void roundMovedOnToReview() {
        Page admin = signedIn("admin");
        for (int phase = 0; phase < 2; phase++) {
            open(admin, "rounds");
            admin.locator("vaadin-button[id^=advance-]").first().click();
            admin.locator("vaadin-button#confirm-advance").click();
            admin.locator("vaadin-button#confirm-advance").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        open(admin, "rounds");
        assertThat(admin.locator("body")).containsText("Review");
        admin.context().close();
        contexts.remove(admin.context());
    }
}
