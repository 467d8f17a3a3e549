package it.lombardia.codesign.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
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

    /** Pages every signed-in role opens; ids come from the demo data (proposal 1 is AFIL's submitted one). */
    private static final List<String> EVERYONE = List.of(
            "", "proposals", "proposals/1", "proposals/1/review", "programme", "programme?edition=1",
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
