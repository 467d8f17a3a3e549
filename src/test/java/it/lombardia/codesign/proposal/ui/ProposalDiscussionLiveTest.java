package it.lombardia.codesign.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.OtherBrowser;
import it.lombardia.codesign.discussion.ui.DiscussionPanel;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people with the same proposal open in two browser tabs: a comment one of them posts reaches
 * the other's page, whichever of its tabs that page shows, without a reload.
 */
class ProposalDiscussionLiveTest extends KaribuTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;

    @Test
    void aCommentReachesAReaderOnTheMainTabInTheCountAndThenInTheThreads() {
        ProposalDetails[] draft = new ProposalDetails[1];
        asUser("afil.rep", () -> draft[0] = createDraft("Discussed live " + UUID.randomUUID()));
        long id = draft[0].id();
        signIn("reviewer");
        open("proposals/" + id);
        assertThat(discussionTab().getLabel()).isEqualTo("Discussion");
        String question = "Which pilot plants join? " + UUID.randomUUID();

        try (OtherBrowser rep = OtherBrowser.signedIn(context, userDetailsService, "afil.rep")) {
            rep.run(() -> {
                open("proposals/" + id);
                _get(TabSheet.class).setSelectedTab(discussionTab());
                MockVaadin.clientRoundtrip(false);
                Div starter = _get(Div.class, s -> s.withClasses("discussion-starter"));
                _setValue(_get(starter, TextArea.class, s -> s.withClasses("discussion-text")), question);
                _click(_get(starter, Button.class, s -> s.withClasses("discussion-send")));
            });

            // the reader is still on the proposal's main tab: its label counts the new thread
            awaitLive(() -> discussionTab().getLabel().equals("Discussion (1 open)"));
            assertThat(_get(TabSheet.class).getSelectedIndex()).isZero();

            // and opening the discussion shows the thread, without a reload
            _get(TabSheet.class).setSelectedTab(discussionTab());
            MockVaadin.clientRoundtrip(false);
            assertThat(discussionText()).contains(question).contains("1 open thread");

            // from now on the open discussion follows too
            String answer = "Two in Brescia. " + UUID.randomUUID();
            rep.run(() -> {
                Div starter = _get(Div.class, s -> s.withClasses("discussion-starter"));
                _setValue(_get(starter, TextArea.class, s -> s.withClasses("discussion-text")), answer);
                _click(_get(starter, Button.class, s -> s.withClasses("discussion-send")));
            });
            awaitLive(() -> discussionText().contains(answer));
            assertThat(discussionTab().getLabel()).isEqualTo("Discussion (2 open)");
        }
    }

    private static Tab discussionTab() {
        return _get(Tab.class, s -> s.withId("discussion-tab"));
    }

    private static String discussionText() {
        return _get(DiscussionPanel.class).getElement().getTextRecursively();
    }

    /** Opens the page as a browser request would: the tab's content is attached before the response. */
    private static void open(String location) {
        UI.getCurrent().navigate(location);
        MockVaadin.clientRoundtrip(false);
    }

    private ProposalDetails createDraft(String title) {
        return proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(ProposalKind.NEW_MACRO_THEME,
                "AFIL", Set.of(), null, null, title, "A draft made for a live discussion test.", "", "", null, null,
                Set.of("ADVANCED_MANUFACTURING"), Set.of(), Set.of(), Set.of()));
    }
}
