package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Signing in and out in Chromium, as every role; the login page meets WCAG 2.1 AA. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void theLoginPageIsAccessible() {
        Page page = newBrowserPage();
        open(page, "login");
        assertAccessible(page, "the login page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "reviewer", "afil.rep", "wg.member", "observer"})
    void everyRoleSignsInAndOut(String username) {
        Page page = signedIn(username);
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        page.locator(".user-menu-trigger").click();
        page.locator("vaadin-menu-bar-item, vaadin-menu-bar-overlay vaadin-menu-bar-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sign out")).click();
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
