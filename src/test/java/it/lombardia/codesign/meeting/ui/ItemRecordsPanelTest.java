package it.lombardia.codesign.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.meeting.AgendaItemDraft;
import it.lombardia.codesign.meeting.AgendaItemView;
import it.lombardia.codesign.meeting.MeetingDraft;
import it.lombardia.codesign.meeting.MeetingRecords;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.meeting.MinutesView;
import it.lombardia.codesign.meeting.PersonRef;
import it.lombardia.codesign.meeting.ProposalRef;
import it.lombardia.codesign.meeting.WorkingGroupDraft;
import it.lombardia.codesign.meeting.WorkingGroupService;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The records panel of one agenda item, as a note-taker and as a participant use it in the live room. */
class ItemRecordsPanelTest extends KaribuTest {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Lombardy.ZONE);

    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRecords records;
    @Autowired
    LiveUpdates live;
    @Autowired
    JdbcTemplate jdbc;

    long meetingId;
    long itemId;
    long twins;

    @BeforeEach
    void liveMeeting() {
        twins = jdbc.queryForObject("select id from proposal where title = ?", Long.class,
                "Industrial digital twins for reconfigurable production lines");
        SignIn.as(userDetailsService, "afil.rep");
        long groupId = groups.create(new WorkingGroupDraft("Group " + UUID.randomUUID(), null, null,
                Set.of("AFIL", "LE2C"), Set.of("le2c.rep", "wg.member")));
        meetingId = meetings.schedule(new MeetingDraft(groupId, 1L, "Panel " + UUID.randomUUID(), null,
                Instant.now().plus(Duration.ofDays(1)), 60, "https://meet.example.org/x", null, "afil.rep",
                List.of(new AgendaItemDraft(null, "Digital twins", null, 20, List.of(twins))),
                Set.of("le2c.rep", "wg.member"), Set.of("wg.member")));
        AgendaItemView item = meetings.meeting(meetingId).orElseThrow().agenda().getFirst();
        itemId = item.id();
        jdbc.update("update meeting set status = 'LIVE' where id = ?", meetingId);
        SignIn.out();
    }

    private ItemRecordsPanel mount() {
        ItemRecordsPanel panel = new ItemRecordsPanel(records, live, meetingId, itemId, null, true);
        UI.getCurrent().add(panel);
        return panel;
    }

    private TextArea editor(ItemRecordsPanel panel) {
        return _get(panel, TextArea.class, s -> s.withClasses("minutes-editor"));
    }

    private void saveAs(String username, String text) {
        asUser(username, () -> records.saveMinutes(itemId, records.minutes(itemId).version(), text));
    }

    @Test
    void aNoteTakerSavesTheMinutesAndAnotherSaveWhileTypingShowsABannerAndKeepsTheText() {
        signIn("wg.member");
        ItemRecordsPanel panel = mount();
        _setValue(editor(panel), "AFIL presented the twins.");
        _click(_get(panel, Button.class, s -> s.withClasses("save-minutes")));
        assertThat(records.minutes(itemId).body()).isEqualTo("AFIL presented the twins.");

        _setValue(editor(panel), "AFIL presented the twins. LE2C asked about energy.");
        saveAs("afil.rep", "AFIL presented the twins. Pilots in two plants.");
        awaitLive(() -> !_find(panel, Paragraph.class, s -> s.withClasses("conflict-text")).isEmpty());
        assertThat(_get(panel, Paragraph.class, s -> s.withClasses("conflict-text")).getText())
                .contains("Laura Bianchi").contains("saved the minutes at");
        assertThat(editor(panel).getValue()).isEqualTo("AFIL presented the twins. LE2C asked about energy.");

        _click(_get(panel, Button.class, s -> s.withClasses("conflict-compare")));
        SideBySideDiff diff = _get(panel, SideBySideDiff.class);
        assertThat(diff.changedCount()).isEqualTo(1);
        assertThat(diff.getElement().getTextRecursively()).contains("LE2C asked about energy", "Pilots in two plants");

        _click(_get(panel, Button.class, s -> s.withClasses("conflict-load-theirs")));
        assertThat(editor(panel).getValue()).isEqualTo("AFIL presented the twins. Pilots in two plants.");
        assertThat(_find(panel, Div.class, s -> s.withClasses("conflict-banner"))).isEmpty();
    }

    /**
     * As in a browser: the note-taker's cursor is in the editor and their latest keystrokes have not
     * reached the server when the chair saves. Their text must not be replaced, and their save must
     * neither say "Minutes saved." nor store the chair's text under their name.
     */
    @Test
    void whileANoteTakerTypesTheChairsSaveReplacesNothingAndTheirSaveOpensTheComparison() {
        asUser("afil.rep", () -> records.saveMinutes(itemId, 0, "Opening by the chair."));
        signIn("wg.member");
        ItemRecordsPanel panel = mount();
        TextArea editor = editor(panel);
        assertThat(editor.getValue()).isEqualTo("Opening by the chair.");
        BasicUtilsKt._fireDomEvent(editor, "focusin");

        saveAs("afil.rep", "Opening by the chair. Pilots in two plants.");
        awaitLive(() -> !_find(panel, Paragraph.class, s -> s.withClasses("conflict-text")).isEmpty()
                || !editor.getValue().equals("Opening by the chair."));
        assertThat(editor.getValue()).isEqualTo("Opening by the chair.");
        assertThat(_get(panel, Paragraph.class, s -> s.withClasses("conflict-text")).getText())
                .isEqualTo("Laura Bianchi saved the minutes at " + TIME.format(records.minutes(itemId).updatedAt())
                        + ". What you typed is still here.");

        // the keystrokes typed meanwhile arrive, then the note-taker saves
        _setValue(editor, "Opening by the chair. LE2C asked about energy.");
        _click(_get(panel, Button.class, s -> s.withClasses("save-minutes")));

        NotificationsKt.expectNoNotifications();
        MinutesView stored = records.minutes(itemId);
        assertThat(stored.body()).isEqualTo("Opening by the chair. Pilots in two plants.");
        assertThat(stored.updatedBy()).isEqualTo("afil.rep");
        assertThat(editor.getValue()).isEqualTo("Opening by the chair. LE2C asked about energy.");
        assertThat(_get(panel, Paragraph.class, s -> s.withClasses("conflict-text")).getText())
                .contains("nothing was overwritten");
        assertThat(_get(panel, SideBySideDiff.class).getElement().getTextRecursively())
                .contains("LE2C asked about energy", "Pilots in two plants");

        _click(_get(panel, Button.class, s -> s.withClasses("conflict-keep-mine")));
        NotificationsKt.expectNotifications("Minutes saved.");
        assertThat(records.minutes(itemId).body()).isEqualTo("Opening by the chair. LE2C asked about energy.");
        assertThat(records.minutes(itemId).updatedBy()).isEqualTo("wg.member");
    }

    @Test
    void aSaveOnAnOlderVersionShowsBothTextsAndTheMergedTextIsSavedOnTheNewVersion() {
        signIn("wg.member");
        ItemRecordsPanel panel = mount();
        _setValue(editor(panel), "Mine: twins are mature.");
        saveAs("afil.rep", "Chair: pilots in two plants.");
        _click(_get(panel, Button.class, s -> s.withClasses("save-minutes")));

        assertThat(records.minutes(itemId).body()).isEqualTo("Chair: pilots in two plants.");
        assertThat(editor(panel).getValue()).isEqualTo("Mine: twins are mature.");
        assertThat(_get(panel, Paragraph.class, s -> s.withClasses("conflict-text")).getText())
                .contains("nothing was overwritten");
        SideBySideDiff diff = _get(panel, SideBySideDiff.class);
        assertThat(diff.getElement().getTextRecursively()).contains("twins are mature", "pilots in two plants");

        TextArea merged = _get(panel, TextArea.class, s -> s.withClasses("minutes-merged"));
        assertThat(merged.getValue()).isEqualTo("Mine: twins are mature.");
        _setValue(merged, "Chair: pilots in two plants. Mine: twins are mature.");
        _click(_get(panel, Button.class, s -> s.withClasses("minutes-use-merged")));
        assertThat(editor(panel).getValue()).isEqualTo("Chair: pilots in two plants. Mine: twins are mature.");
        _click(_get(panel, Button.class, s -> s.withClasses("save-minutes")));
        assertThat(records.minutes(itemId).body()).isEqualTo("Chair: pilots in two plants. Mine: twins are mature.");
    }

    @Test
    void aNoteTakerRecordsDecisionsAndActionsWithMessagesNextToTheFields() {
        signIn("wg.member");
        ItemRecordsPanel panel = mount();
        _click(_get(panel, Button.class, s -> s.withClasses("record-decision")));
        TextArea decisionText = _get(panel, TextArea.class, s -> s.withClasses("decision-text"));
        assertThat(decisionText.isInvalid()).isTrue();
        assertThat(decisionText.getErrorMessage()).isEqualTo("Write the decision.");
        assertThat(records.decisions(meetingId)).isEmpty();

        _setValue(decisionText, "The twins go forward.");
        @SuppressWarnings("unchecked")
        Select<ProposalRef> proposal = _get(panel, Select.class, s -> s.withClasses("decision-proposal"));
        _setValue(proposal, proposal.getListDataView().getItems().filter(p -> p != null && p.id() == twins)
                .findFirst().orElseThrow());
        _click(_get(panel, Button.class, s -> s.withClasses("record-decision")));
        assertThat(records.decisions(meetingId)).singleElement()
                .satisfies(d -> assertThat(d.proposal().id()).isEqualTo(twins));
        assertThat(panel.getElement().getTextRecursively()).contains("The twins go forward.");

        _click(_get(panel, Button.class, s -> s.withClasses("withdraw-decision")));
        _setValue(_get(TextField.class, s -> s.withClasses("withdraw-reason")), "Too early");
        _click(_get(Button.class, s -> s.withClasses("confirm-withdraw")));
        assertThat(records.decisions(meetingId).getFirst().withdrawn()).isTrue();
        assertThat(_find(panel, Div.class, s -> s.withClasses("decision-withdrawn"))).hasSize(1);

        TextField actionText = _get(panel, TextField.class, s -> s.withClasses("action-text"));
        _setValue(actionText, "Send the energy data");
        _click(_get(panel, Button.class, s -> s.withClasses("add-action")));
        @SuppressWarnings("unchecked")
        ComboBox<PersonRef> owner = _get(panel, ComboBox.class, s -> s.withClasses("action-owner"));
        assertThat(owner.isInvalid()).isTrue();
        assertThat(owner.getErrorMessage()).isEqualTo("Choose who will do it.");
        assertThat(records.actions(meetingId)).isEmpty();
        assertThat(actionText.getValue()).isEqualTo("Send the energy data");

        _setValue(owner, owner.getListDataView().getItems().filter(p -> p.username().equals("le2c.rep"))
                .findFirst().orElseThrow());
        _click(_get(panel, Button.class, s -> s.withClasses("add-action")));
        assertThat(records.actions(meetingId)).singleElement()
                .satisfies(a -> assertThat(a.owner().username()).isEqualTo("le2c.rep"));
        assertThat(panel.getElement().getTextRecursively()).contains("Send the energy data");
    }

    @Test
    void aParticipantReadsTheRecordsLiveAndTicksOnlyTheirOwnAction() {
        asUser("wg.member", () -> {
            records.saveMinutes(itemId, 0, "First notes.");
            records.addAction(meetingId, itemId, "Send the energy data", "le2c.rep", null);
            records.addAction(meetingId, itemId, "Book the room", "afil.rep", null);
        });
        signIn("le2c.rep");
        ItemRecordsPanel panel = mount();
        assertThat(_find(panel, TextArea.class, s -> s.withClasses("minutes-editor"))).isEmpty();
        assertThat(_find(panel, Button.class, s -> s.withClasses("save-minutes"))).isEmpty();
        assertThat(_find(panel, Button.class, s -> s.withClasses("record-decision"))).isEmpty();
        assertThat(_find(panel, Button.class, s -> s.withClasses("add-action"))).isEmpty();
        assertThat(_get(panel, Paragraph.class, s -> s.withClasses("records-read-only")).isVisible()).isTrue();
        assertThat(panel.minutesShown()).isEqualTo("First notes.");

        saveAs("wg.member", "First notes. Then the pilots.");
        awaitLive(() -> panel.minutesShown().equals("First notes. Then the pilots."));

        List<Checkbox> done = _find(panel, Checkbox.class, s -> s.withClasses("action-done"));
        assertThat(done).hasSize(2);
        assertThat(done.get(0).isEnabled()).isTrue();
        assertThat(done.get(1).isEnabled()).isFalse();
        _setValue(done.get(0), true);
        assertThat(records.actions(meetingId).getFirst().done()).isTrue();
    }
}
