package it.lombardia.codesign.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.discussion.DiscussionService;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** What an empty discussion says: it invites a question only from someone who may ask one. */
@Transactional
class DiscussionEmptyStateTest extends KaribuTest {

    @Autowired
    DiscussionService discussion;
    @Autowired
    LiveUpdates live;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    RoundService rounds;

    ProposalDetails fresh;

    @BeforeEach
    void aProposalWithoutComments() {
        SignIn.as(userDetailsService, "afil.rep");
        fresh = proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(ProposalKind.NEW_MACRO_THEME,
                "AFIL", Set.of(), null, null, "Nothing said yet " + UUID.randomUUID(), "A proposal nobody discussed.",
                null, null, null, null, Set.of("ADVANCED_MANUFACTURING"), Set.of(), Set.of(), Set.of()));
        SignIn.out();
    }

    @Test
    void aRepresentativeIsInvitedToAsk() {
        signIn("afil.rep");

        assertThat(emptyText(mount())).isEqualTo("No comments yet. Ask a question or suggest a change below.");
    }

    @Test
    void aClosedDiscussionDoesNotInviteQuestionsItWouldRefuse() {
        SignIn.as(userDetailsService, "afil.rep");
        lifecycle.withdraw(fresh.id(), fresh.version(), "Covered elsewhere.");
        signIn("afil.rep");

        DiscussionPanel panel = mount();

        assertThat(_get(panel, Paragraph.class, s -> s.withClasses("discussion-read-only")).getText())
                .isEqualTo("This proposal takes no more comments: its discussion can still be read.");
        assertThat(emptyText(panel)).isEqualTo("Nobody commented on this proposal.");
    }

    @Test
    void anObserverIsNotInvitedToAsk() {
        // submitted, so that everyone signed in reads it
        SignIn.as(userDetailsService, "afil.rep");
        lifecycle.submit(fresh.id(), fresh.version());
        signIn("observer");

        assertThat(emptyText(mount())).isEqualTo("No comments yet.");
    }

    @Test
    void italian() {
        useItalian();
        SignIn.as(userDetailsService, "afil.rep");
        lifecycle.withdraw(fresh.id(), fresh.version(), "Covered elsewhere.");
        signIn("afil.rep");

        assertThat(emptyText(mount())).isEqualTo("Nessuno ha commentato questa proposta.");
    }

    private DiscussionPanel mount() {
        DiscussionPanel panel = new DiscussionPanel(discussion, live, "proposal", fresh.id(), Map.of());
        UI.getCurrent().add(panel);
        return panel;
    }

    private static String emptyText(DiscussionPanel panel) {
        Paragraph empty = _get(panel, Paragraph.class, s -> s.withClasses("discussion-empty"));
        assertThat(empty.isVisible()).isTrue();
        return empty.getText();
    }
}
