package it.lombardia.codesign.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.proposal.InvitationStatus;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow on the proposal page: the steps a cluster may take, invitations, withdrawal with a
 * reason, merging, and the history with versions compared. Each test rolls its changes back.
 */
@Transactional
class ProposalWorkflowViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;
    @Autowired
    it.lombardia.codesign.proposal.ProposalLifecycle lifecycle;
    @Autowired
    UserDetailsService users;

    @Test
    void representativeSeesTheStepsTheirDraftAllowsNow() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of());
        signIn("afil.rep");
        open(draft);

        assertThat(button("submit").isVisible()).isTrue();
        assertThat(button("submit").isEnabled()).isTrue();
        assertThat(button("withdraw").isVisible()).isTrue();
        assertThat(shown("resubmit")).as("only after a change request").isFalse();
        assertThat(button("merge").isEnabled()).as("merging is for co-design").isFalse();
        assertThat(button("merge").getTooltip().getText())
                .isEqualTo("Clusters can merge their proposals during co-design.");
    }

    @Test
    void inTheReviewPhaseSubmittingIsDisabledAndSaysWhy() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of());
        advanceTimes(2);
        signIn("afil.rep");
        open(draft);

        assertThat(button("submit").isEnabled()).isFalse();
        assertThat(button("submit").getTooltip().getText())
                .isEqualTo("Possible only during proposal drafting and co-design.");
        assertThat(_get(TextField.class, s -> s.withId("title")).isReadOnly()).isTrue();
    }

    @Test
    void aSubmittedProposalIsRefinedUntilCoDesignEndsAndFrozenForTheReview() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of());
        SignIn.as(users, "afil.rep");
        lifecycle.submit(draft.id(), draft.version());
        advanceTimes(1);
        signIn("afil.rep");
        open(draft);

        assertThat(button("save").getText()).isEqualTo("Save changes");
        _setValue(_get(TextField.class, s -> s.withId("title")), "Refined during co-design");
        _click(button("save"));
        NotificationsKt.expectNotifications("Changes saved.");
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo("Refined during co-design");

        advanceTimes(1);
        signIn("afil.rep");
        open(draft);
        assertThat(shown("save")).as("under the Region's eyes now").isFalse();
        assertThat(_get(TextField.class, s -> s.withId("title")).isReadOnly()).isTrue();
    }

    @Test
    void observerSeesNoSteps() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of());
        signIn("observer");
        open(draft);

        for (String id : new String[] {"save", "submit", "resubmit", "withdraw", "merge"}) {
            assertThat(shown(id)).as(id).isFalse();
        }
    }

    @Test
    void invitedClusterAcceptsAndMayThenEdit() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of("LE2C"));
        signIn("le2c.rep");
        open(draft);
        assertThat(shown("save")).as("not yet a co-proposer").isFalse();

        selectTab("Co-proposers");
        assertThat(_get(ListItem.class, s -> s.withClasses("invitation")).getElement().getTextRecursively()).contains("Invited");
        _click(button("accept-LE2C"));

        NotificationsKt.expectNotifications("You now co-propose this proposal.");
        assertThat(proposals.find(draft.id()).orElseThrow().invitations())
                .anyMatch(i -> i.clusterCode().equals("LE2C") && i.status() == InvitationStatus.ACCEPTED);
        assertThat(button("save").isVisible()).isTrue();
    }

    @Test
    void aRepresentativeOfAnotherClusterCannotAnswerTheInvitation() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of("LE2C"));
        signIn("lifesciences.rep");
        open(draft);

        // another cluster's draft does not exist for them, so neither does its invitation
        _get(it.lombardia.codesign.ui.NotFoundView.class);
        _assertNone(Button.class, s -> s.withId("accept-LE2C"));
    }

    @Test
    void withdrawingNeedsAReasonAndIsKeptInTheHistory() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of());
        signIn("afil.rep");
        open(draft);

        _click(button("withdraw"));
        _click(button("confirm-reason"));
        TextArea reason = _get(TextArea.class, s -> s.withId("reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason.");
        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);

        _setValue(reason, "Covered by the joint AFIL-LE2C proposal.");
        _click(button("confirm-reason"));

        NotificationsKt.expectNotifications("The proposal has been withdrawn.");
        assertThat(_find(Badge.class)).anyMatch(b -> b.getText().equals("Withdrawn"));
        selectTab("History and versions");
        assertThat(_find(ListItem.class, s -> s.withClasses("history-entry")))
                .anyMatch(li -> li.getElement().getTextRecursively().contains("Covered by the joint AFIL-LE2C proposal."));
    }

    @Test
    void aMeetingsDecisionShowsInTheHistoryWithALinkToTheMeetingReport() {
        long twins = jdbc.queryForObject("select id from proposal where title = ?", Long.class,
                "Industrial digital twins for reconfigurable production lines");
        long kickOff = jdbc.queryForObject("select id from meeting where title = ?", Long.class,
                "Kick-off of the manufacturing and logistics group");
        signIn("observer");
        UI.getCurrent().navigate("proposals/" + twins);
        selectTab("History and versions");
        ListItem entry = _find(ListItem.class, s -> s.withClasses("history-entry")).stream()
                .filter(li -> li.getElement().getTextRecursively().contains("A working-group meeting decided")
                        && li.getElement().getTextRecursively().contains("Kick-off of the manufacturing and logistics group"))
                .findFirst().orElseThrow();
        assertThat(entry.getElement().getTextRecursively())
                .contains("The group supports the digital twins proposal going forward");
        com.vaadin.flow.component.html.Anchor link = _get(entry, com.vaadin.flow.component.html.Anchor.class,
                s -> s.withClasses("history-source"));
        assertThat(link.getHref()).isEqualTo("meetings/" + kickOff + "/report");
        assertThat(link.getText()).isEqualTo("meeting: Kick-off of the manufacturing and logistics group");
    }

    @Test
    void twoVersionsAreComparedSideBySide() {
        ProposalDetails draft = create("afil.rep", "AFIL", Set.of());
        SignIn.as(users, "afil.rep");
        ProposalContent c = draft.content();
        proposals.save(draft.id(), draft.version(), new ProposalContent(c.kind(), c.leadClusterCode(), c.coClusterCodes(),
                null, null, c.title(), "A sharper description of the robots.", null, null, null, null,
                c.ecosystemCodes(), Set.of(), Set.of(), Set.of()));
        signIn("afil.rep");
        open(draft);
        selectTab("History and versions");

        SideBySideDiff diff = _get(SideBySideDiff.class);
        assertThat(diff.changedCount()).isEqualTo(1);
        assertThat(diff.getElement().getTextRecursively()).contains("A sharper description of the robots", "Robots that help people");
    }

    @Test
    void representativeOfBothLeadsMergesDuringCoDesign() {
        ProposalDetails clm = create("mobility.rep", "CLM", Set.of());
        ProposalDetails lac = create("mobility.rep", "LAC", Set.of());
        advanceTimes(1);
        signIn("mobility.rep");
        open(clm);

        _click(button("merge"));
        @SuppressWarnings("unchecked")
        ComboBox<ProposalSummary> target = _get(ComboBox.class, s -> s.withId("merge-target"));
        // only what the server then accepts: proposals the representative's clusters lead, not this one
        assertThat(target.getListDataView().getItems().toList())
                .extracting(ProposalSummary::leadClusterCode).containsOnly("CLM", "LAC");
        assertThat(target.getListDataView().getItems().map(ProposalSummary::id).toList()).doesNotContain(clm.id());
        target.setValue(target.getListDataView().getItems().filter(p -> p.id() == lac.id()).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, s -> s.withId("reason")), "Same drones, one proposal.");
        _click(button("confirm-reason"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("proposals/" + lac.id());
        assertThat(proposals.find(clm.id()).orElseThrow().status()).isEqualTo(ProposalStatus.MERGED);
        assertThat(proposals.find(lac.id()).orElseThrow().participatingClusterCodes()).contains("CLM", "LAC");
    }

    private ProposalDetails create(String username, String lead, Set<String> co) {
        SignIn.as(users, username);
        String title = "Workflow view " + UUID.randomUUID();
        ProposalDetails created = proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(
                ProposalKind.NEW_MACRO_THEME, lead, co, null, null, title, "Robots that help people.", null, null, null,
                null, Set.of("ADVANCED_MANUFACTURING"), Set.of(), Set.of(), Set.of()));
        SignIn.out();
        return created;
    }

    private void advanceTimes(int times) {
        SignIn.as(users, "admin");
        for (int i = 0; i < times; i++) {
            RoundSummary round = rounds.openRound().orElseThrow();
            rounds.advance(round.id(), round.version());
        }
        SignIn.out();
    }

    private void open(ProposalDetails proposal) {
        UI.getCurrent().navigate("proposals/" + proposal.id());
    }

    private static boolean shown(String id) {
        return !_find(Button.class, s -> s.withId(id)).isEmpty();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
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
