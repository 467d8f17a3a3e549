package it.lombardia.codesign.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's figures follow the round while it is open. */
class DashboardLiveTest extends KaribuTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;

    @Test
    void aNewDraftElsewhereRaisesTheCountsWithoutAReload() {
        signIn("reviewer"); // the Region counts every cluster's drafts; an observer counts none
        UI.getCurrent().navigate("");
        MockVaadin.clientRoundtrip(false);
        long drafts = tile("Draft");
        long total = tile("Proposals");

        asUser("le2c.rep", () -> proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(
                ProposalKind.NEW_MACRO_THEME, "LE2C", Set.of(), null, null, "Hydrogen valleys for the Po plain",
                "Electrolysers and storage shared by industrial districts.", "", "", null, null,
                Set.of("SUSTAINABILITY"), Set.of(), Set.of(), Set.of())));

        awaitLive(() -> tile("Draft") == drafts + 1);
        assertThat(tile("Proposals")).isEqualTo(total + 1);
    }

    private static long tile(String label) {
        return _find(Anchor.class, s -> s.withClasses("stat-tile")).stream()
                .filter(t -> _find(t, Span.class, s -> s.withClasses("stat-label")).getFirst().getText().equals(label))
                .map(t -> Long.parseLong(_find(t, Span.class, s -> s.withClasses("stat-number")).getFirst().getText()))
                .findFirst().orElseThrow();
    }
}
