package it.lombardia.codesign.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every view, as every role that can open it (and the refusals the others meet), plus one dialog of
 * each kind, has no WCAG 2.1 A or AA violation that axe-core finds. One run lists all violations
 * of all pages together, so that a fix can be planned at once.
 */
class AccessibilityBrowserTest extends BrowserTest {

    /**
     * Pages every signed-in role opens; ids come from the demo data (proposal 1 is AFIL's submitted one).
     * A new proposal's form opens for representatives and administrators; the others meet the refusal.
     */
    private static final List<String> EVERYONE = List.of(
            "", "proposals", "proposals/new", "proposals/1", "proposals/1/review", "programme", "programme?edition=1",
            "programme?edition=2", "programme/compare", "programme/consolidation/2", "ecosystems",
            "ecosystems/ADVANCED_MANUFACTURING", "clusters", "clusters/AFIL", "rounds", "working-groups",
            "working-groups/1", "meetings", "meetings/1", "meetings/1/room", "meetings/2/report",
            "notifications", "documents", "open-data");

    private static final List<String> REVIEWERS = List.of("reviews", "reviews/templates");

    private static final List<String> ADMINS = List.of("admin/users", "audit");

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyViewMeetsWcag21AaForEveryRole() {
        long start = System.currentTimeMillis();
        check("admin", concat(EVERYONE, REVIEWERS, ADMINS), page -> {
            dialog(page, "admin", "rounds", "#new-round", "the new round dialog");
            dialog(page, "admin", "rounds", "vaadin-button[id^=advance-]", "the advance phase dialog");
        });
        check("reviewer", concat(EVERYONE, REVIEWERS), page -> { });
        check("afil.rep", concat(EVERYONE, List.of("proposals/2")),
                page -> dialog(page, "afil.rep", "proposals/2", "#submit", "the submit confirmation"));
        check("wg.member", EVERYONE, page -> { });
        check("observer", EVERYONE, page -> { });
        duringAMeeting();
        System.out.printf("Accessibility of all views checked in %d s%n", (System.currentTimeMillis() - start) / 1000);
        assertThat(failures).as("WCAG 2.1 AA violations:%n%s", String.join("\n", failures)).isEmpty();
    }

    /**
     * The groups of check boxes of which one must be ticked (a proposal's ecosystems, an account's
     * roles), as opened and after a save with none ticked. Each shows the same required indicator as
     * the other required fields, says "required" in words that the group is described by (it carries
     * no aria-required, which ARIA does not allow on a group), shows its error message at the group
     * and is described by it; axe finds nothing, with no rule left out.
     */
    @Test
    void requiredCheckBoxGroupsSayRequiredAndShowTheirErrors() {
        Page rep = signedIn("afil.rep");
        openAndSettle(rep, "proposals/new");
        assertRequiredInWordsAndMarks(rep, "#ecosystemCodes", "#title");
        assertAccessible(rep, "afil.rep a new proposal");
        clickAndSettle(rep, "#save");
        assertErrorShownAndDescribes(rep, "#ecosystemCodes", "Choose at least one ecosystem.");
        assertAccessible(rep, "afil.rep a new proposal saved with nothing filled in");

        Page admin = signedIn("admin");
        openAndSettle(admin, "admin/users");
        clickAndSettle(admin, "#new-user");
        admin.waitForFunction("() => { const d = document.querySelector('vaadin-dialog[opened]');"
                + " return d && !d.hasAttribute('opening'); }");
        assertRequiredInWordsAndMarks(admin, "#roles", null);
        clickAndSettle(admin, "#save-user");
        assertErrorShownAndDescribes(admin, "#roles", "Choose at least one role.");
        assertAccessible(admin, "admin the new account dialog saved with nothing filled in");
    }

    /** No aria-required; the words "Required: ..." describe the group; the indicator is the one {@code sameAs} shows. */
    private static void assertRequiredInWordsAndMarks(Page page, String group, String sameAs) {
        Locator element = page.locator(group);
        assertThat(element.getAttribute("aria-required")).as("aria-required on %s", group).isNull();
        assertThat(description(element)).as("what describes %s", group).contains("Required: choose at least one.");
        String indicator = indicator(element);
        assertThat(indicator).as("the required indicator of %s", group).isNotIn("none", "", "normal");
        if (sameAs != null) {
            assertThat(indicator).as("the indicator of %s and of %s", group, sameAs).isEqualTo(indicator(page.locator(sameAs)));
        }
    }

    private static void assertErrorShownAndDescribes(Page page, String group, String message) {
        PlaywrightAssertions.assertThat(page.locator(group + " > [slot=error-message]")).hasText(message);
        // Vaadin links the error message to the group a moment after showing it
        page.waitForFunction("([sel, msg]) => { const g = document.querySelector(sel);"
                + " return (g.getAttribute('aria-describedby') || '').split(/\\s+/)"
                + ".some(id => { const e = document.getElementById(id); return e && e.textContent.trim() === msg; }); }",
                List.of(group, message));
    }

    /** The text of the elements the group's aria-describedby names. */
    private static String description(Locator group) {
        return (String) group.evaluate("g => (g.getAttribute('aria-describedby') || '').split(/\\s+/)"
                + ".map(id => document.getElementById(id)).filter(e => e).map(e => e.textContent.trim()).join(' ')");
    }

    /** What the field's required indicator shows, "none" when it is not displayed. */
    private static String indicator(Locator field) {
        return (String) field.evaluate("f => { const i = f.shadowRoot.querySelector('[part=required-indicator]');"
                + " if (!i || getComputedStyle(i).display === 'none') return 'none';"
                + " return getComputedStyle(i, '::after').content; }");
    }

    /**
     * The live room while the meeting runs, which the sweep above sees only before it starts: the
     * chair starts it and moves to an item, a participant asks to speak, a timer runs; then the
     * room's tabs and the new-poll dialog, as chair and as participant. Meeting 1 is not used by the
     * other browser tests.
     */
    private void duringAMeeting() {
        try {
            Page chair = signedIn("afil.rep");
            openAndSettle(chair, "meetings/1/room");
            clickAndSettle(chair, "#start-meeting");
            clickAndSettle(chair, "#next-item");
            Page participant = signedIn("wg.member");
            openAndSettle(participant, "meetings/1/room");
            clickAndSettle(participant, "#raise-hand");
            chair.locator("[id='queue-wg.member']").waitFor(); // the request reached the chair's room
            chair.locator("#timer-minutes input").fill("3");
            clickAndSettle(chair, "#start-timer");
            collect(chair, "afil.rep the running meeting's room (chair: agenda, speaking queue, timer)");
            collect(participant, "wg.member the running meeting's room (participant in the queue)");
            for (String tab : List.of("#polls-tab", "#records-tab")) {
                clickAndSettle(chair, tab);
                collect(chair, "afil.rep the running meeting's room, " + tab);
                clickAndSettle(participant, tab);
                collect(participant, "wg.member the running meeting's room, " + tab);
            }
            clickAndSettle(chair, "#polls-tab");
            chair.locator(".poll-new").first().click();
            chair.waitForFunction("() => { const d = document.querySelector('vaadin-dialog[opened]');"
                    + " return d && !d.hasAttribute('opening'); }");
            settle(chair);
            collect(chair, "afil.rep the new poll dialog");
        } catch (RuntimeException e) {
            failures.add("the running meeting could not be checked: " + e.getMessage());
        }
    }

    private static void clickAndSettle(Page page, String selector) {
        page.locator(selector).first().click();
        settle(page);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private void check(String username, List<String> routes, Consumer<Page> dialogs) {
        Page page = signedIn(username);
        for (String route : routes) {
            try {
                openAndSettle(page, route);
                collect(page, username + " /" + route);
            } catch (RuntimeException e) {
                failures.add(username + " /" + route + " did not open: " + e.getMessage());
            }
        }
        try {
            dialogs.accept(page);
        } catch (RuntimeException e) {
            failures.add(username + " dialogs did not open: " + e.getMessage());
        }
        page.context().close();
        contexts.remove(page.context());
    }

    private void dialog(Page page, String username, String route, String opener, String what) {
        openAndSettle(page, route);
        page.locator(opener).first().click();
        page.waitForFunction("() => { const d = document.querySelector('vaadin-dialog[opened]');"
                + " return d && !d.hasAttribute('opening'); }");
        settle(page);
        collect(page, username + " " + what);
        page.keyboard().press("Escape");
        page.waitForFunction("() => !document.querySelector('vaadin-dialog[opened]')");
    }

    private void openAndSettle(Page page, String route) {
        open(page, route);
        settle(page);
    }

    /** Waits until Vaadin has no request under way and the page has stopped changing. */
    private static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(100);
    }

    private void collect(Page page, String what) {
        try {
            assertAccessible(page, what);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }
}
