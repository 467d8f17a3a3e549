package it.lombardia.codesign.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.ui.Formats;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A history entry keeps when, who and what apart: a {@code <time>} with its instant, the person's
 * name after a separator, what happened on its own line; read as text (as a screen reader does),
 * nothing runs together.
 */
@Transactional
class HistoryPanelTest extends KaribuTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    RoundService rounds;

    @Test
    void whenWhoAndWhatAreSeparateParts() {
        SignIn.as(userDetailsService, "afil.rep");
        ProposalDetails draft = proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(
                ProposalKind.NEW_MACRO_THEME, "AFIL", Set.of(), null, null, "History " + UUID.randomUUID(),
                "Robots that help people.", null, null, null, null, Set.of("ADVANCED_MANUFACTURING"), Set.of(), Set.of(),
                Set.of()));
        lifecycle.submit(draft.id(), draft.version());
        SignIn.out();
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals/" + draft.id());
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(tabs.getTabCount() - 1);

        List<ListItem> entries = _find(ListItem.class, s -> s.withClasses("history-entry"));
        assertThat(entries).hasSize(2);
        ListItem submitted = entries.getFirst();
        Element time = submitted.getElement().getChild(0).getChild(0);
        assertThat(time.getTag()).isEqualTo("time");
        Instant at = Instant.parse(time.getAttribute("datetime"));
        String shown = Formats.dateTime(at, Locale.ENGLISH);
        assertThat(time.getText()).isEqualTo(shown);

        String text = submitted.getElement().getTextRecursively();
        assertThat(text).startsWith(shown + " · Laura Bianchi").doesNotContain(shown + "Laura")
                .doesNotContain("BianchiChanged");
        Element what = submitted.getElement().getChild(2);
        assertThat(what.getAttribute("class")).isEqualTo("history-what");
        assertThat(what.getTextRecursively()).isEqualTo("Changed the state from Draft to Submitted");
    }
}
