package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.lombardia.codesign.browser.Keyboard.IN_DIALOG;
import static it.lombardia.codesign.browser.Keyboard.FOCUS;
import static it.lombardia.codesign.browser.Keyboard.assertFocusVisible;
import static it.lombardia.codesign.browser.Keyboard.assertHeadingFocused;
import static it.lombardia.codesign.browser.Keyboard.chooseFirstOption;
import static it.lombardia.codesign.browser.Keyboard.focusIn;
import static it.lombardia.codesign.browser.Keyboard.shiftTabUntil;
import static it.lombardia.codesign.browser.Keyboard.signedInWithTheKeyboard;
import static it.lombardia.codesign.browser.Keyboard.tabUntil;
import static it.lombardia.codesign.browser.Keyboard.tabUntilText;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app with the keyboard only: no clicks, only Tab, Enter, Space, arrows, Escape and typing. At every
 * step the focused element must be on screen and show a focus indicator (WCAG 2.1.1, 2.4.3, 2.4.7).
 */
class KeyboardBrowserTest extends BrowserTest {

    @Test
    void anAnonymousVisitorOpensTheAccessibilityStatementFromTheLoginPage() {
        Page page = newBrowserPage();
        open(page, "login");
        tabUntil(page, "a#accessibility-link", 30);
        page.keyboard().press("Enter");

        page.waitForURL(u -> u.endsWith("/accessibility"));
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        assertThat(page.locator("#accessibility-status")).containsText("partially compliant");
        assertThat(page.locator("#accessibility-agid")).hasAttribute("href", "https://form.agid.gov.it/");
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertAccessible(page, "the accessibility statement");

        tabUntil(page, "a#accessibility-back", 10);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void aRepresentativeDraftsAProposalWithTheKeyboardOnly() {
        Page page = signedInWithTheKeyboard(newBrowserPage(), url("login"), "afil.rep");

        tabUntil(page, "vaadin-side-nav-item[path=proposals]", 40);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/proposals"));
        assertHeadingFocused(page, "Proposals");

        tabUntilText(page, "vaadin-button", "New proposal", 40);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/proposals/new"));
        page.locator("#kind").waitFor();

        // The kind: a radio group, where the arrows move the choice. New priority is the second.
        tabUntil(page, "#kind vaadin-radio-button", 30);
        page.keyboard().press("Space");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#kind vaadin-radio-button[checked]")).hasText("New priority");

        tabUntil(page, "#leadClusterCode", 5);
        chooseFirstOption(page, "#leadClusterCode");
        tabUntil(page, "#targetMacroThemeId", 5);
        chooseFirstOption(page, "#targetMacroThemeId");

        tabUntil(page, "#title", 5);
        page.keyboard().type("Keyboard-only priority " + System.nanoTime());
        tabUntil(page, "#description", 2);
        page.keyboard().type("Drafted without a mouse, to check that every step works with the keyboard.");

        tabUntil(page, "#trlMin", 5);
        page.keyboard().type("7");
        tabUntil(page, "#trlMax", 2);
        page.keyboard().type("3");
        tabUntil(page, "#ecosystemCodes vaadin-checkbox", 3);
        assertThat(page.locator("#trlMax")).hasAttribute("invalid", "");
        assertThat(page.locator("#trlMax [slot=error-message]"))
                .hasText("Must not be lower than the starting TRL.");
        page.keyboard().press("Space");
        assertThat(page.locator("#ecosystemCodes vaadin-checkbox[checked]")).hasCount(1);

        // Saving with the error is refused; the field keeps its message.
        shiftTabUntil(page, "vaadin-button#save", 60);
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Please correct the highlighted fields.");
        assertThat(page).hasURL(url("proposals/new"));

        // Corrected: the minimum goes down to 3 and the maximum up to 7.
        tabUntil(page, "#trlMin", 40);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("3");
        tabUntil(page, "#trlMax", 2);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("7");
        page.keyboard().press("Tab");
        assertFocusVisible(page);
        assertThat(page.locator("#trlMax")).not().hasAttribute("invalid", "");

        shiftTabUntil(page, "vaadin-button#save", 60);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.matches(".*/proposals/\\d+$"));
        assertThat(page.locator("vaadin-notification-card").last()).containsText("created");
        assertThat(page.locator("#title input")).hasValue(java.util.regex.Pattern.compile("^Keyboard-only priority"));

        theSubmitDialogKeepsTheFocusAndGivesItBack(page);
    }

    /**
     * The skip link is the first Tab stop of every signed-in page and jumps over the menus to the
     * view's heading; a view opened from the menu, or from a button in a view, also puts the focus on
     * its heading, so the next Tab is in the new content (WCAG 2.4.1, 2.4.3).
     */
    @Test
    void theSkipLinkAndEveryViewChangeTakeTheFocusToTheViewsHeading() {
        Page page = signedInWithTheKeyboard(newBrowserPage(), url("login"), "observer");

        page.keyboard().press("Tab");
        assertThat(focusIn(page, "a#skip-to-content", null)).as("the first Tab stop is the skip link").isTrue();
        assertFocusVisible(page);
        assertThat(page.locator("a#skip-to-content")).hasText("Skip to main content");
        page.keyboard().press("Enter");
        assertHeadingFocused(page, "Dashboard");

        tabUntil(page, "vaadin-side-nav-item[path=ecosystems]", 60);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/ecosystems"));
        assertHeadingFocused(page, "Innovation ecosystems");

        // From the heading, the next stops are the view's own links, never the menu again.
        page.keyboard().press("Tab");
        assertFocusVisible(page);
        assertThat(focusIn(page, "vaadin-app-layout > :not([slot])", null)).as("the Tab after the heading is in the view").isTrue();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.matches(".*/ecosystems/[A-Z_]+$"));
        assertHeadingFocused(page, null);
    }

    /**
     * The confirmation dialog opened with the keyboard takes the focus, keeps Tab inside (the page
     * behind is out of reach), closes with Escape and gives the focus back to the button that opened it.
     */
    private void theSubmitDialogKeepsTheFocusAndGivesItBack(Page page) {
        tabUntil(page, "vaadin-button#submit", 40);
        page.keyboard().press("Enter");
        assertThat(page.locator("#confirm-submit")).isVisible();
        // The dialog itself takes the focus first (as a modal dialog does); the Tab stops below are its controls.
        page.waitForFunction(IN_DIALOG);

        java.util.Set<Object> controls = new java.util.HashSet<>();
        for (int i = 0; i < 6; i++) {
            page.keyboard().press("Tab");
            Map<?, ?> focus = (Map<?, ?>) page.evaluate(FOCUS);
            assertThat((Boolean) page.evaluate(IN_DIALOG)).as("focus inside the dialog after %d Tabs: %s", i + 1,
                    focus).isTrue();
            // The cycle passes through the dialog itself (its container) and then its controls, each visibly focused.
            if (!"VAADIN-DIALOG".equals(focus.get("tag"))) {
                assertFocusVisible(page);
                controls.add(focus.get("text"));
            }
        }
        assertThat(controls).as("the dialog's buttons are reached by Tab").contains("Cancel", "Submit");
        page.keyboard().press("Shift+Tab");
        assertThat((Boolean) page.evaluate(IN_DIALOG)).as("focus inside the dialog after Shift+Tab").isTrue();

        page.keyboard().press("Escape");
        assertThat(page.locator("#confirm-submit")).isHidden();
        page.waitForFunction("() => { let el = document.activeElement;"
                + " while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;"
                + " return !!el && !!el.closest('vaadin-button#submit'); }");
        assertFocusVisible(page);
        assertThat(page.locator("vaadin-button#submit")).isVisible();
    }

}
