package it.lombardia.codesign.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Text put into a proposal's fields in one go, as a password manager or a script does (the value
 * set, then only a "change" event or none at all, no keystrokes), is the text that "Save" saves.
 * It used to stay on the screen while "Draft saved." stored the old text.
 */
class TextWithoutKeystrokesBrowserTest extends BrowserTest {

    /** Sets the native input's value the way autofill does, then fires only the named events. */
    private static final String PUT_TEXT = """
            ([selector, text, events]) => {
              const input = document.querySelector(selector);
              input.focus();
              input.value = text;
              for (const name of events) { input.dispatchEvent(new Event(name, {bubbles: true})); }
            }""";

    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService users;

    @Test
    void textPutInWithoutKeystrokesIsWhatIsSaved() {
        ProposalDetails draft = draft();
        Page page = signedIn("afil.rep");
        open(page, "proposals/" + draft.id());
        assertThat(page.locator("vaadin-text-area#description textarea")).hasValue("A draft to fill in by script.");
        String description = "Filled in by a password manager " + UUID.randomUUID();
        String title = "Renamed by a script " + UUID.randomUUID().toString().substring(0, 8);

        page.evaluate(PUT_TEXT, List.of("vaadin-text-area#description textarea", description, List.of("change")));
        page.evaluate(PUT_TEXT, List.of("vaadin-text-field#title input", title, List.of()));
        page.locator("vaadin-text-area#territorialImpact textarea").focus();
        page.locator("vaadin-button#save").click();

        assertThat(page.locator("vaadin-notification-card")).containsText("Draft saved.");
        ProposalContent saved = signedInAs("afil.rep", () -> proposals.find(draft.id()).orElseThrow().content());
        assertThat(saved.description()).isEqualTo(description);
        assertThat(saved.title()).isEqualTo(title);
        assertThat(page.locator("vaadin-text-area#description textarea")).hasValue(description);
    }

    private ProposalDetails draft() {
        return signedInAs("afil.rep", () -> proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(
                ProposalKind.NEW_MACRO_THEME, "AFIL", Set.of(), null, null, "Filled by script " + UUID.randomUUID(),
                "A draft to fill in by script.", "", "", null, null, Set.of("ADVANCED_MANUFACTURING"), Set.of(),
                Set.of(), Set.of())));
    }

    private <T> T signedInAs(String username, java.util.function.Supplier<T> action) {
        SignIn.as(users, username);
        try {
            return action.get();
        } finally {
            SignIn.out();
        }
    }
}
