package it.lombardia.codesign.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.live.Participant;
import it.lombardia.codesign.live.Presence;
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

/** Two people on one proposal: what one saves or where one types reaches the other's open page. */
class ProposalViewLiveTest extends KaribuTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;
    @Autowired
    Presence presence;

    @Test
    void anUntouchedFormShowsAnotherUsersSaveWithoutAReload() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Live draft"));
        open("proposals/" + draft.id());
        String theirs = unique("Renamed by the Region");

        asUser("admin", () -> proposals.save(draft.id(), draft.version(), withTitle(draft.content(), theirs)));

        awaitLive(() -> titleField().getValue().equals(theirs));
        assertThat(_get(H1.class).getText()).isEqualTo(theirs);
        assertThat(_get(Span.class, s -> s.withClasses("layout-view-title")).getText()).isEqualTo(theirs);
        assertThat(_get(Paragraph.class, s -> s.withClasses("live-updated")).getText())
                .isEqualTo("Giulia Ferrari just updated this proposal: Title.");
        // the page now holds the new version: the next save is not a conflict
        _setValue(field(TextArea.class, "description"), "Typed after the update.");
        _click(saveButton());
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(theirs);
        assertThat(proposals.find(draft.id()).orElseThrow().content().description()).isEqualTo("Typed after the update.");
    }

    @Test
    void aReadOnlyPageFollowsTheChangesToo() {
        ProposalDetails[] draft = new ProposalDetails[1];
        asUser("afil.rep", () -> draft[0] = createDraft(unique("Watched by a reviewer")));
        signIn("reviewer");
        open("proposals/" + draft[0].id());
        String renamed = unique("Renamed while watched");

        asUser("afil.rep", () -> proposals.save(draft[0].id(), draft[0].version(), withTitle(draft[0].content(), renamed)));

        awaitLive(() -> _get(H1.class).getText().equals(renamed));
        assertThat(titleField().getValue()).isEqualTo(renamed);
        assertThat(_find(Div.class, s -> s.withClasses("conflict-banner"))).isEmpty();
    }

    @Test
    void aFormBeingEditedKeepsWhatWasTypedAndMergesFieldByField() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Live merge"));
        open("proposals/" + draft.id());
        String mine = "My new description, typed while the Region renamed the proposal.";
        _setValue(field(TextArea.class, "description"), mine);
        String theirs = unique("Renamed meanwhile");

        asUser("admin", () -> proposals.save(draft.id(), draft.version(), withTitle(draft.content(), theirs)));

        awaitLive(() -> !_find(Div.class, s -> s.withClasses("conflict-banner")).isEmpty());
        assertThat(_get(_get(Div.class, s -> s.withClasses("conflict-banner")), Paragraph.class).getText())
                .startsWith("Giulia Ferrari saved this proposal on ").contains("(changed: Title)");
        assertThat(field(TextArea.class, "description").getValue()).isEqualTo(mine);
        assertThat(titleField().getValue()).isEqualTo(draft.content().title());

        _click(_get(Button.class, s -> s.withId("review-changes")));
        Div panel = _get(Div.class, s -> s.withId("merge-panel"));
        assertThat(mergeRows(panel)).containsExactly("title", "description");
        assertThat(choice(panel, "title").getValue()).isEqualTo(MergePanel.Choice.THEIRS);
        assertThat(choice(panel, "description").getValue()).isEqualTo(MergePanel.Choice.MINE);
        assertThat(_get(mergeRow(panel, "title"), com.vaadin.flow.component.html.Span.class,
                s -> s.withText("Changed by Giulia Ferrari")).isVisible()).isTrue();

        _click(_get(Button.class, s -> s.withId("merge-apply")));
        assertThat(titleField().getValue()).isEqualTo(theirs);
        assertThat(field(TextArea.class, "description").getValue()).isEqualTo(mine);
        _click(saveButton());

        ProposalContent stored = proposals.find(draft.id()).orElseThrow().content();
        assertThat(stored.title()).isEqualTo(theirs);
        assertThat(stored.description()).isEqualTo(mine);
    }

    /** The cursor in a field may stand for keystrokes still on their way: the form is not replaced. */
    @Test
    void aFormWithTheCursorInAFieldKeepsItsValuesAndOffersTheOtherVersion() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Cursor in a field"));
        open("proposals/" + draft.id());
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(field(TextArea.class, "description"), "focusin");
        String theirs = unique("Renamed while the cursor was in a field");

        asUser("admin", () -> proposals.save(draft.id(), draft.version(), withTitle(draft.content(), theirs)));

        awaitLive(() -> !_find(Div.class, s -> s.withClasses("conflict-banner")).isEmpty());
        assertThat(titleField().getValue()).isEqualTo(draft.content().title());
        _click(_get(Button.class, s -> s.withId("load-theirs")));
        assertThat(titleField().getValue()).isEqualTo(theirs);
        assertThat(_find(Div.class, s -> s.withClasses("conflict-banner"))).isEmpty();
    }

    @Test
    void aStaleSaveOpensTheMergeViewWithBothChangesMarked() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Stale save"));
        open("proposals/" + draft.id());
        String theirs = unique("Their title");
        String mine = unique("My title");
        asUser("admin", () -> proposals.save(draft.id(), draft.version(), withTitle(draft.content(), theirs)));
        // typed before the update reached this page
        _setValue(titleField(), mine);
        _click(saveButton());

        awaitLive(() -> !_find(Div.class, s -> s.withId("merge-panel")).isEmpty());
        Div panel = _get(Div.class, s -> s.withId("merge-panel"));
        assertThat(mergeRows(panel)).containsExactly("title");
        assertThat(choice(panel, "title").getValue()).isEqualTo(MergePanel.Choice.MINE);
        assertThat(_find(mergeRow(panel, "title"), Span.class, s -> s.withText("Changed by you and by Giulia Ferrari"))).hasSize(1);
        assertThat(titleField().getValue()).isEqualTo(mine);
        assertThat(proposals.find(draft.id()).orElseThrow().content().title()).isEqualTo(theirs);

        choice(panel, "title").setValue(MergePanel.Choice.THEIRS);
        _click(_get(Button.class, s -> s.withId("merge-apply")));
        assertThat(titleField().getValue()).isEqualTo(theirs);
    }

    @Test
    void othersOnTheProposalAndTheFieldTheyAreInAreShown() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Presence"));
        open("proposals/" + draft.id());
        String place = "proposal:" + draft.id();
        assertThat(presence.at(place)).extracting(Participant::displayName).containsExactly("Laura Bianchi");
        assertThat(caption()).isEqualTo("Nobody else has this page open");

        Presence.Seat giulia = presence.join(place, new Participant("admin", "Giulia Ferrari",
                "University, Research and Innovation", Participant.colorOf("admin")), () -> true);
        awaitLive(() -> caption().equals("Also here: Giulia Ferrari"));
        giulia.focus("title");
        awaitLive(() -> titleField().getElement().getClassList().contains("field-in-use"));
        assertThat(titleField().getElement().getAttribute("data-in-use")).isEqualTo("Giulia Ferrari is editing");

        giulia.leave();
        awaitLive(() -> caption().equals("Nobody else has this page open"));
        assertThat(titleField().getElement().getClassList()).doesNotContain("field-in-use");

        UI.getCurrent().navigate("proposals");
        assertThat(presence.at(place)).isEmpty();
    }

    /** Opens the page as a browser request would: the tab's content is attached before the response. */
    private static void open(String location) {
        UI.getCurrent().navigate(location);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
    }

    @Test
    void anExpiredSessionLeavesThePage() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Left open"));
        open("proposals/" + draft.id());
        String place = "proposal:" + draft.id();
        assertThat(presence.at(place)).extracting(Participant::username).containsExactly("afil.rep");

        // what Vaadin does to every tab of a session that timed out (VaadinService.fireSessionDestroy)
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        for (UI ui : List.copyOf(session.getUIs())) {
            ui.close();
            session.removeUI(ui);
        }

        assertThat(presence.at(place)).isEmpty();
    }

    @Test
    void aReaderOfTheDiscussionStaysThereWhenTheProposalChanges() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Discussed"));
        open("proposals/" + draft.id());
        com.vaadin.flow.component.tabs.TabSheet tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, s -> s.withId("discussion-tab")));
        String renamed = unique("Renamed during the discussion");

        asUser("admin", () -> proposals.save(draft.id(), draft.version(), withTitle(draft.content(), renamed)));

        awaitLive(() -> _get(H1.class).getText().equals(renamed));
        assertThat(tabs.getSelectedTab().getId()).contains("discussion-tab");
    }

    @Test
    void theRoundsListShowsWhoElseIsThereAndReloadsItsRowsOnChanges() {
        signIn("afil.rep");
        ProposalDetails draft = createDraft(unique("Listed"));
        open("proposals");
        boolean[] reloaded = {false};
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> grid = _get(com.vaadin.flow.component.grid.Grid.class);
        grid.getDataProvider().addDataProviderListener(e -> reloaded[0] = true);
        Presence.Seat giulia = presence.join("round:" + draft.roundId(), new Participant("admin", "Giulia Ferrari",
                "University, Research and Innovation", Participant.colorOf("admin")), () -> true);

        awaitLive(() -> caption().equals("Also here: Giulia Ferrari"));
        asUser("admin", () -> proposals.save(draft.id(), draft.version(), withTitle(draft.content(), unique("Renamed"))));
        awaitLive(() -> reloaded[0]);
        giulia.leave();
    }

    private static String caption() {
        return _get(Span.class, s -> s.withClasses("presence-caption")).getText();
    }

    private static List<String> mergeRows(Div panel) {
        return _find(panel, Div.class, s -> s.withClasses("merge-row")).stream()
                .map(row -> row.getElement().getAttribute("data-field")).toList();
    }

    private static Div mergeRow(Div panel, String field) {
        return _find(panel, Div.class, s -> s.withClasses("merge-row")).stream()
                .filter(row -> field.equals(row.getElement().getAttribute("data-field"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<MergePanel.Choice> choice(Div panel, String field) {
        return _get(mergeRow(panel, field), RadioButtonGroup.class);
    }

    private ProposalDetails createDraft(String title) {
        return proposals.create(rounds.openRound().orElseThrow().id(), new ProposalContent(ProposalKind.NEW_MACRO_THEME,
                "AFIL", Set.of(), null, null, title, "A draft made for a live test.", "", "", null, null,
                Set.of("ADVANCED_MANUFACTURING"), Set.of(), Set.of(), Set.of()));
    }

    private static ProposalContent withTitle(ProposalContent c, String title) {
        return new ProposalContent(c.kind(), c.leadClusterCode(), c.coClusterCodes(), c.targetMacroThemeId(),
                c.targetPriorityId(), title, c.description(), c.ecosystemImpact(), c.territorialImpact(), c.trlMin(),
                c.trlMax(), c.ecosystemCodes(), c.pnrrComponentCodes(), c.sdgNumbers(), c.horizonClusterCodes());
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    private static TextField titleField() {
        return field(TextField.class, "title");
    }

    private static Button saveButton() {
        return field(Button.class, "save");
    }
}
