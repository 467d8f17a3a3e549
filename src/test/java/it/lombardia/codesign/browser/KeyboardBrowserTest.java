package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app with the keyboard only: no clicks, only Tab, Enter, Space, arrows, Escape and typing. At every
 * step the focused element must be on screen and show a focus indicator (WCAG 2.1.1, 2.4.3, 2.4.7).
 */
class KeyboardBrowserTest extends BrowserTest {

    /**
     * Where the focus is, through shadow roots: the innermost focused element, whether it and its
     * hosts are on screen, and whether one of them draws a focus indicator (an outline, a box shadow,
     * or Vaadin's focus-ring state, which Lumo draws as a ring).
     */
    private static final String FOCUS = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              if (!el || el === document.body) return {tag: 'BODY', visible: false, indicated: false, text: '', path: ''};
              const chain = [];
              for (let e = el; e && chain.length < 6; ) {
                chain.push(e);
                e = e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
              }
              const shows = e => {
                if (e.hasAttribute('focus-ring')) return true;
                const s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                return outline || (s.boxShadow && s.boxShadow !== 'none');
              };
              const r = el.getBoundingClientRect();
              const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                  && r.top < window.innerHeight && r.left < window.innerWidth
                  && getComputedStyle(el).visibility !== 'hidden';
              const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
              return {tag: el.tagName, visible: onScreen, indicated: chain.some(shows),
                      text: (chain.find(e => e.tagName.includes('-') || e.tagName === 'A') || el).textContent.trim().slice(0, 60),
                      path: chain.map(describe).join(' < ')};
            }""";

    /** Whether the focus is inside an open dialog (its overlay, header, content or footer). */
    private static final String IN_DIALOG = """
            () => {
              const chain = [];
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host) || null) chain.push(e);
              return chain.some(e => e.localName === 'vaadin-dialog' || e.localName === 'vaadin-dialog-overlay');
            }""";

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
        Page page = signedInWithTheKeyboard("afil.rep");

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
        Page page = signedInWithTheKeyboard("observer");

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

    /** Signs in at the login page with Tab, typing and Enter; the dashboard is open when it returns. */
    private Page signedInWithTheKeyboard(String username) {
        Page page = newBrowserPage();
        open(page, "login");
        page.locator("vaadin-login-form").waitFor();
        tabUntil(page, "input[name=username]", 20);
        page.keyboard().type(username);
        tabUntil(page, "input[name=password]", 2);
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-side-nav-item[path=proposals]").waitFor();
        page.waitForLoadState();
        return page;
    }

    /** The focus is on the open view's main heading (with that text, if given), visibly. */
    private void assertHeadingFocused(Page page, String text) {
        page.waitForFunction("() => document.activeElement && document.activeElement.matches('vaadin-app-layout > :not([slot]) h1')");
        if (text != null) {
            assertThat(page.locator("vaadin-app-layout > :not([slot]) h1").first()).containsText(text);
        }
        assertFocusVisible(page);
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

    private void chooseFirstOption(Page page, String comboBox) {
        page.keyboard().press("ArrowDown");
        page.locator("vaadin-combo-box-item:visible").first().waitFor();
        // The open list may already highlight the first option; otherwise ArrowDown moves onto it.
        if (page.locator("vaadin-combo-box-item[focused]:visible").count() == 0) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(page.locator("vaadin-combo-box-item[focused]:visible")).hasCount(1);
        page.keyboard().press("Enter");
        assertThat(page.locator(comboBox + " input")).not().hasValue("");
        assertFocusVisible(page);
    }

    /** Presses Tab until the focus is in an element that matches the selector, checking every stop. */
    private void tabUntil(Page page, String selector, int maxPresses) {
        moveUntil(page, "Tab", selector, null, maxPresses);
    }

    private void shiftTabUntil(Page page, String selector, int maxPresses) {
        moveUntil(page, "Shift+Tab", selector, null, maxPresses);
    }

    private void tabUntilText(Page page, String selector, String text, int maxPresses) {
        moveUntil(page, "Tab", selector, text, maxPresses);
    }

    private void moveUntil(Page page, String key, String selector, String text, int maxPresses) {
        StringBuilder stops = new StringBuilder();
        if (focusIn(page, selector, text)) {
            assertFocusVisible(page);
            return;
        }
        for (int i = 0; i < maxPresses; i++) {
            page.keyboard().press(key);
            Map<?, ?> focus;
            try {
                // After a view change nothing has the focus for a moment: the document, not an element, is the stop.
                if (nothingFocused(page)) {
                    stops.append("\n  (document)");
                    continue;
                }
                focus = assertFocusVisible(page);
            } catch (AssertionError e) {
                throw new AssertionError("After " + (i + 1) + " presses of " + key + " on the way to " + selector
                        + ", through:" + stops + "\n" + e.getMessage(), e);
            }
            stops.append("\n  ").append(focus.get("path"));
            boolean matches = focusIn(page, selector, text);
            if (matches) {
                return;
            }
        }
        throw new AssertionError("The focus did not reach " + selector + (text == null ? "" : " '" + text + "'")
                + " within " + maxPresses + " presses of " + key + "; it went through:" + stops);
    }

    /** Whether the focus is in an element that matches the selector (and has the text, if given). */
    private static boolean focusIn(Page page, String selector, String text) {
        return Boolean.TRUE.equals(page.evaluate("""
                    ([selector, text]) => {
                      let el = document.activeElement;
                      const inner = [];
                      while (el) { inner.push(el); el = el.shadowRoot && el.shadowRoot.activeElement; }
                      const deepest = inner[inner.length - 1];
                      const hit = inner.map(e => e.closest(selector)).find(e => e)
                          || (deepest && deepest.getRootNode().host && deepest.getRootNode().host.closest(selector));
                      return !!hit && (text == null || hit.textContent.includes(text));
                    }""", java.util.Arrays.asList(selector, text)));
    }

    private static boolean nothingFocused(Page page) {
        return Boolean.TRUE.equals(page.evaluate("() => !document.activeElement || document.activeElement === document.body"));
    }

    /** The focused element is on screen and shows that it has the focus. */
    private Map<?, ?> assertFocusVisible(Page page) {
        Map<?, ?> focus = (Map<?, ?>) page.evaluate(FOCUS);
        assertThat((Boolean) focus.get("visible")).as("focused element on screen: %s", focus).isTrue();
        assertThat((Boolean) focus.get("indicated")).as("visible focus indicator on %s", focus).isTrue();
        return focus;
    }
}
