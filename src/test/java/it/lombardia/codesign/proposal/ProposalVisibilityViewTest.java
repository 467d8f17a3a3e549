package it.lombardia.codesign.proposal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.proposal.ui.ProposalGrid;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.ui.NotFoundView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages a draft could leak through, as each role sees them: the proposal and its review typed
 * into the address bar, the proposals grid, the cluster and the ecosystem pages. Those outside the
 * draft get "not found" and lists without it, exactly as if it did not exist.
 */
class ProposalVisibilityViewTest extends KaribuTest {

    private static final String ECOSYSTEM = "ADVANCED_MANUFACTURING";

    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;

    String title;
    long draftId;

    @BeforeEach
    void anAfilDraftInvitingLe2c() {
        title = unique("Visible only to its clusters");
        SignIn.as(userDetailsService, "afil.rep");
        draftId = proposals.create(rounds.openRound().orElseThrow().id(),
                macroTheme("AFIL", title).co("LE2C").ecosystems(ECOSYSTEM).build()).id();
        SignIn.out();
    }

    static List<Arguments> roles() {
        List<Arguments> roles = new ArrayList<>();
        ProposalVisibilityTest.READS_THE_DRAFT.forEach((username, reads) -> roles.add(Arguments.of(username, reads)));
        return roles;
    }

    @ParameterizedTest(name = "{0} reads the draft: {1}")
    @MethodSource("roles")
    void theDraftShowsOnEveryPageToItsReadersOnly(String username, boolean reads) {
        signIn(username);

        UI.getCurrent().navigate("proposals/" + draftId);
        assertThat(_find(NotFoundView.class).isEmpty()).as("the proposal's address").isEqualTo(reads);
        if (reads) {
            assertThat(_get(H1.class).getText()).isEqualTo(title);
        }
        UI.getCurrent().navigate("proposals/" + draftId + "/review");
        assertThat(_find(NotFoundView.class).isEmpty()).as("the review's address").isEqualTo(reads);

        for (String route : List.of("proposals", "clusters/AFIL", "clusters/LE2C", "ecosystems/" + ECOSYSTEM)) {
            UI.getCurrent().navigate(route);
            assertThat(titles(_get(ProposalGrid.class)).contains(title)).as(route).isEqualTo(reads);
        }
    }

    private static List<String> titles(ProposalGrid grid) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            titles.add(GridKt._get(grid, i).title());
        }
        return titles;
    }
}
