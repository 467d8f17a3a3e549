package it.lombardia.codesign.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.review.AnswerTemplates;
import it.lombardia.codesign.round.RoundService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * People are shown by their names, never by their account names: on the proposal page, in its
 * history and versions, and in the answer templates' list (the conflict and live messages, and the
 * audit log, are checked in their own tests).
 */
@Transactional
class PeopleByNameTest extends KaribuTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerTemplates templates;

    @Test
    void theProposalPageAndItsHistoryNameWhoDidWhat() {
        SignIn.as(userDetailsService, "afil.rep");
        ProposalDetails draft = proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(
                ProposalKind.NEW_MACRO_THEME, "AFIL", Set.of("LE2C"), null, null, "Named " + UUID.randomUUID(),
                "Robots that help people.", null, null, null, null, Set.of("ADVANCED_MANUFACTURING"), Set.of(), Set.of(),
                Set.of()));
        SignIn.as(userDetailsService, "le2c.rep");
        ProposalDetails accepted = lifecycle.answerInvitation(draft.id(), draft.version(), "LE2C", true);
        ProposalContent c = accepted.content();
        ProposalDetails edited = proposals.save(accepted.id(), accepted.version(), new ProposalContent(c.kind(),
                c.leadClusterCode(), c.coClusterCodes(), null, null, c.title(), "Robots and people, side by side.",
                null, null, null, null, c.ecosystemCodes(), Set.of(), Set.of(), Set.of()));
        SignIn.as(userDetailsService, "afil.rep");
        lifecycle.submit(edited.id(), edited.version());
        SignIn.out();

        signIn("reviewer");
        UI.getCurrent().navigate("proposals/" + draft.id());

        String meta = _get(Div.class, s -> s.withClasses("proposal-meta")).getElement().getTextRecursively();
        assertThat(meta).contains("Created by Laura Bianchi on ", "last changed by Laura Bianchi on ")
                .doesNotContain("afil.rep");

        selectTab("History and versions");
        assertThat(_find(Span.class, s -> s.withClasses("history-who"))).extracting(Span::getText)
                .contains("Laura Bianchi", "Paolo Ricci").doesNotContain("afil.rep", "le2c.rep");
        @SuppressWarnings("unchecked")
        Select<Integer> newer = _get(Select.class, s -> s.withId("compare-newer"));
        assertThat(newer.getListDataView().getItems().map(n -> newer.getItemLabelGenerator().apply(n)).toList())
                .allMatch(label -> label.contains("Laura Bianchi") || label.contains("Paolo Ricci"))
                .noneMatch(label -> label.contains(".rep"));
        assertThat(_find(ListItem.class, s -> s.withClasses("history-entry"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void answerTemplatesNameWhoChangedThemLast() {
        SignIn.as(userDetailsService, "admin");
        String title = "By name " + UUID.randomUUID();
        templates.create(title, "Thank you for the proposal.");
        SignIn.out();
        signIn("reviewer");

        UI.getCurrent().navigate("reviews/templates");

        @SuppressWarnings("unchecked")
        Grid<it.lombardia.codesign.review.AnswerTemplateDetails> grid = _get(Grid.class);
        List<String> row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i)).filter(r -> r.contains(title)).findFirst().orElseThrow();
        assertThat(row).anyMatch(cell -> cell.startsWith("Giulia Ferrari, ")).noneMatch(cell -> cell.startsWith("admin"));
    }

    @Test
    void aDecisionOnAProposalChangedMeanwhileNamesWhoChangedIt() {
        SignIn.as(userDetailsService, "afil.rep");
        ProposalDetails draft = proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(
                ProposalKind.NEW_MACRO_THEME, "AFIL", Set.of("LE2C"), null, null, "Stale " + UUID.randomUUID(),
                "Robots that help people.", null, null, null, null, Set.of("ADVANCED_MANUFACTURING"), Set.of(), Set.of(),
                Set.of()));
        ProposalDetails submitted = lifecycle.submit(draft.id(), draft.version());
        SignIn.as(userDetailsService, "admin");
        for (int i = 0; i < 2; i++) {
            var round = rounds.openRound().orElseThrow();
            rounds.advance(round.id(), round.version());
        }
        SignIn.as(userDetailsService, "reviewer");
        ProposalDetails underReview = lifecycle.startReview(submitted.id(), submitted.version());
        signIn("reviewer");
        UI.getCurrent().navigate("proposals/" + draft.id() + "/review");

        // LE2C accepts to co-propose while the reviewer has the page open
        SignIn.as(userDetailsService, "le2c.rep");
        lifecycle.answerInvitation(underReview.id(), underReview.version(), "LE2C", true);
        signIn("reviewer");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("reason")), "Quantify the impact.");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("request-changes")));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Paolo Ricci saved this proposal while you were editing it.");
    }

    private static void selectTab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals(label)) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("No tab " + label);
    }
}
