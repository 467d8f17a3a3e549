package it.lombardia.codesign.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in, signing out and a failed sign-in, done in Chromium, are in the audit log with the
 * browser's address; a failed one keeps the username tried and never the password.
 */
class SignInAuditBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingInAndOutIsLogged() {
        long before = lastEntryId();

        Page page = signedIn("wg.member");
        page.locator(".user-menu-trigger").click();
        page.locator("vaadin-menu-bar-item, vaadin-menu-bar-overlay vaadin-menu-bar-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sign out")).click();
        page.waitForURL(u -> u.contains("/login"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entriesSince(before, "wg.member"))
                .extracting(e -> e.get("action")).containsExactly("sign-in", "sign-out"));
        assertThat(entriesSince(before, "wg.member")).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo("wg.member");
            assertThat(e.get("entity_type")).isEqualTo("account");
        });
        assertThat((String) entriesSince(before, "wg.member").getFirst().get("after_json"))
                .containsAnyOf("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aFailedSignInKeepsTheUsernameTriedButNotThePassword() {
        long before = lastEntryId();
        String password = "wrong-" + UUID.randomUUID();

        Page page = newBrowserPage();
        page.navigate(url("login"));
        page.locator("input[name=username]").fill("observer");
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> u.contains("error"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entriesSince(before, "observer"))
                .extracting(e -> e.get("action")).containsExactly("sign-in-failed"));
        Map<String, Object> failed = entriesSince(before, "observer").getFirst();
        assertThat(failed.get("actor")).isEqualTo("anonymous");
        assertThat((String) failed.get("after_json")).contains("bad-credentials")
                .containsAnyOf("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id > ? and (before_json like ?"
                + " or after_json like ? or entity_id like ? or summary like ?)", Integer.class, before,
                "%" + password + "%", "%" + password + "%", "%" + password + "%", "%" + password + "%")).isZero();
    }

    private long lastEntryId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    private List<Map<String, Object>> entriesSince(long id, String username) {
        return jdbc.queryForList("select actor, entity_type, action, after_json from audit_entry"
                + " where id > ? and entity_id = ? order by id", id, username);
    }
}
