package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.lombardia.codesign.browser.Keyboard.assertFocusVisible;
import static it.lombardia.codesign.browser.Keyboard.signedInWithTheKeyboard;
import static it.lombardia.codesign.browser.Keyboard.tabUntil;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The chair runs the live room with the keyboard only. The buttons the chair uses are hidden as the
 * meeting moves on (Start goes once the meeting runs, Stop goes with the timer): the focus must move
 * to the control beside them, not fall back to the top of the page. The demo's meeting 1, chaired by
 * AFIL's representative; the database is the one {@link ReviewKeyboardBrowserTest} uses, which
 * leaves meetings alone, so both share one application context.
 */
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:codesign-browser-keyboard;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class MeetingKeyboardBrowserTest extends BrowserTest {

    @Test
    void theChairStartsTheMeetingMovesOnAndTimesAnItemWithTheKeyboardOnly() {
        Page chair = signedInWithTheKeyboard(newBrowserPage(), url("login"), "afil.rep");
        chair.navigate(url("meetings/1/room")); // typed into the address bar
        chair.locator("#start-meeting").waitFor();

        tabUntil(chair, "vaadin-button#start-meeting", 60);
        chair.keyboard().press("Enter");
        assertThat(chair.locator("#start-meeting")).isHidden();
        assertFocusOn(chair, "next-item");

        chair.keyboard().press("Enter");
        assertThat(chair.locator("vaadin-button#previous-item")).isEnabled();
        assertFocusOn(chair, "next-item");

        tabUntil(chair, "vaadin-button#start-timer", 6);
        chair.keyboard().press("Enter");
        assertThat(chair.locator("vaadin-button#stop-timer")).isVisible();
        tabUntil(chair, "vaadin-button#stop-timer", 2);
        chair.keyboard().press("Enter");
        assertThat(chair.locator("vaadin-button#stop-timer")).isHidden();
        assertFocusOn(chair, "start-timer");
    }

    private static void assertFocusOn(Page page, String id) {
        page.waitForFunction("id => document.activeElement && document.activeElement.id === id", id);
        assertFocusVisible(page);
    }
}
