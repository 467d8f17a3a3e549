package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;

/**
 * Moving through the app with the keyboard in a browser test: Tab and Shift+Tab until the focus
 * reaches an element, checking at every stop that the focused element is on screen and shows that
 * it has the focus (WCAG 2.1.1, 2.4.3, 2.4.7).
 */
final class Keyboard {

    private Keyboard() {
    }

    /**
     * Where the focus is, through shadow roots: the innermost focused element, whether it is on
     * screen, and whether it shows the focus (see the comment in the script).
     */
    static final String FOCUS = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              if (!el || el === document.body) return {tag: 'BODY', visible: false, indicated: false, text: '', path: ''};
              const chain = [];
              for (let e = el; e && chain.length < 6; ) {
                chain.push(e);
                e = e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
              }
              // The focused element draws a ring itself (an outline or a box shadow, a grid cell on its
              // ::before), or the component it belongs to has Vaadin's focus-ring state, which Lumo draws.
              const drawn = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                  || (s.boxShadow && s.boxShadow !== 'none');
              const component = chain.findIndex(e => e.localName.includes('-'));
              const owners = component < 0 ? chain.slice(0, 1) : chain.slice(0, component + 1);
              const indicated = owners.some(e => e.hasAttribute('focus-ring'))
                  || [null, '::before', '::after'].some(pseudo => drawn(getComputedStyle(el, pseudo)));
              const r = el.getBoundingClientRect();
              const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                  && r.top < window.innerHeight && r.left < window.innerWidth
                  && getComputedStyle(el).visibility !== 'hidden';
              const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
              return {tag: el.tagName, visible: onScreen, indicated: indicated,
                      text: (chain.find(e => e.tagName.includes('-') || e.tagName === 'A') || el).textContent.trim().slice(0, 60),
                      path: chain.map(describe).join(' < ')};
            }""";

    /** Whether the focus is inside an open dialog (its overlay, header, content or footer). */
    static final String IN_DIALOG = """
            () => {
              const chain = [];
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host) || null) chain.push(e);
              return chain.some(e => e.localName === 'vaadin-dialog' || e.localName === 'vaadin-dialog-overlay');
            }""";

    /** Signs in at the login page with Tab, typing and Enter; the dashboard is open when it returns. */
    static Page signedInWithTheKeyboard(Page page, String loginUrl, String username) {
        page.navigate(loginUrl);
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
    static void assertHeadingFocused(Page page, String text) {
        page.waitForFunction("() => document.activeElement && document.activeElement.matches('vaadin-app-layout > :not([slot]) h1')");
        if (text != null) {
            assertThat(page.locator("vaadin-app-layout > :not([slot]) h1").first()).containsText(text);
        }
        assertFocusVisible(page);
    }

    static void chooseFirstOption(Page page, String comboBox) {
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
    static void tabUntil(Page page, String selector, int maxPresses) {
        moveUntil(page, "Tab", selector, null, maxPresses);
    }

    static void shiftTabUntil(Page page, String selector, int maxPresses) {
        moveUntil(page, "Shift+Tab", selector, null, maxPresses);
    }

    static void tabUntilText(Page page, String selector, String text, int maxPresses) {
        moveUntil(page, "Tab", selector, text, maxPresses);
    }

    private static void moveUntil(Page page, String key, String selector, String text, int maxPresses) {
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
    static boolean focusIn(Page page, String selector, String text) {
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
    static Map<?, ?> assertFocusVisible(Page page) {
        Map<?, ?> focus = (Map<?, ?>) page.evaluate(FOCUS);
        assertThat((Boolean) focus.get("visible")).as("focused element on screen: %s", focus).isTrue();
        assertThat((Boolean) focus.get("indicated")).as("visible focus indicator on %s", focus).isTrue();
        return focus;
    }
}
