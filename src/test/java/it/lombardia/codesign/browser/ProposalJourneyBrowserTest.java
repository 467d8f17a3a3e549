package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A proposal's whole life in Chromium, as the people who make it: a representative drafts it (a bad
 * TRL range is refused at its field first), names a co-proposer, who accepts; it is submitted; the
 * administrator moves the round to review; the reviewer asks for changes, the representative
 * resubmits, the reviewer approves; the priority appears in the edition in preparation. It moves the
 * demo round on, so it has a database of its own.
 */
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:codesign-browser-journey;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class ProposalJourneyBrowserTest extends BrowserTest {

    private static final Pattern PROPOSAL_ID = Pattern.compile("/proposals/(\\d+)");

    @Test
    void aPriorityGoesFromADraftToTheWorkProgramme() {
        String title = "Predictive maintenance from machine data " + UUID.randomUUID().toString().substring(0, 6);

        Page rep = signedIn("afil.rep");
        open(rep, "proposals/new");
        rep.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("New priority")).click();
        rep.locator("vaadin-text-field#title input").fill(title);
        rep.locator("vaadin-text-area#description textarea").fill("Maintenance planned from the data machines already produce.");
        rep.locator("vaadin-text-area#ecosystemImpact textarea").fill("Machine builders and software houses work on shared models.");
        rep.locator("vaadin-text-area#territorialImpact textarea").fill("Fewer stops for the SMEs of the Lombardy districts.");
        rep.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Advanced Manufacturing")).click();
        rep.locator("vaadin-combo-box#targetMacroThemeId input").click();
        rep.keyboard().press("ArrowDown");
        rep.keyboard().press("Enter");
        rep.locator("vaadin-multi-select-combo-box#coClusterCodes input").fill("LE2C");
        rep.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("LE2C")).first().click();
        rep.keyboard().press("Escape");
        assertThat(rep.locator("vaadin-multi-select-combo-box#coClusterCodes")).containsText("LE2C");
        rep.locator("vaadin-integer-field#trlMin input").fill("7");
        rep.locator("vaadin-integer-field#trlMax input").fill("3");
        rep.locator("vaadin-button#save").click();
        assertThat(rep.locator("vaadin-integer-field#trlMax")).hasAttribute("invalid", "");

        rep.locator("vaadin-integer-field#trlMax input").fill("8");
        rep.locator("vaadin-button#save").click();
        rep.waitForURL(PROPOSAL_ID.asPredicate());
        Matcher matcher = PROPOSAL_ID.matcher(rep.url());
        matcher.find();
        String id = matcher.group(1);

        Page partner = signedIn("le2c.rep");
        open(partner, "proposals/" + id);
        partner.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Co-proposers")).click();
        partner.locator("vaadin-button#accept-LE2C").click();
        assertThat(partner.locator("vaadin-button#accept-LE2C")).hasCount(0);

        open(rep, "proposals/" + id);
        rep.locator("vaadin-button#submit").click();
        rep.locator("vaadin-button#confirm-submit").click();
        assertThat(rep.locator("body")).containsText("Submitted");

        Page admin = signedIn("admin");
        for (int phase = 0; phase < 2; phase++) {
            open(admin, "rounds");
            admin.locator("vaadin-button[id^=advance-]").first().click();
            admin.locator("vaadin-button#confirm-advance").click();
            admin.waitForTimeout(500);
        }
        open(admin, "rounds");
        assertThat(admin.locator("body")).containsText("Review");

        Page reviewer = signedIn("reviewer");
        open(reviewer, "proposals/" + id + "/review");
        reviewer.locator("vaadin-button#start-review").click();
        assertThat(reviewer.locator("body")).containsText("Under review");
        reviewer.locator("vaadin-text-area#reason textarea").fill("Please name the SMEs' data-sharing terms.");
        reviewer.locator("vaadin-button#request-changes").click();
        assertThat(reviewer.locator("body")).containsText("Changes requested");

        open(rep, "proposals/" + id);
        rep.locator("vaadin-text-area#description textarea")
                .fill("Maintenance planned from machine data, shared by SMEs on agreed terms.");
        rep.locator("vaadin-button#resubmit").click();
        Locator confirm = rep.locator("vaadin-button#confirm-submit");
        if (confirm.count() > 0) {
            confirm.click();
        }
        assertThat(rep.locator("body")).containsText("Resubmitted");

        open(reviewer, "proposals/" + id + "/review");
        reviewer.locator("vaadin-button#start-review").click();
        assertThat(reviewer.locator("vaadin-button#approve")).isEnabled();
        reviewer.locator("vaadin-text-area#reason textarea").fill("Consistent with the S3 and well supported.");
        reviewer.locator("vaadin-button#approve").click();
        reviewer.locator("vaadin-button#confirm-decision").click();
        assertThat(reviewer.locator("body")).containsText("Approved");

        open(rep, "programme?edition=2");
        assertThat(rep.locator("body")).containsText(title);
    }
}
