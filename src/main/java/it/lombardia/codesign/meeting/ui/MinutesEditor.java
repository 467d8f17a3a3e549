package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.meeting.MeetingRecords;
import it.lombardia.codesign.meeting.MinutesConflictException;
import it.lombardia.codesign.meeting.MinutesView;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.DiffRow;
import it.lombardia.codesign.ui.EditSession;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The minutes of one agenda item, to read or to write. What a note-taker typed is never lost: the
 * {@link EditSession} keeps it when someone else saves (a banner says so) and turns a save on an
 * older version into a comparison of both texts, with a merged text to take over.
 */
class MinutesEditor extends Div implements EditSession.Editor<MinutesView> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Lombardy.ZONE);

    private final transient MeetingRecords records;
    private final long itemId;
    private final TextArea minutesArea = new TextArea();
    private final Button saveMinutes = new Button();
    private final Div minutesText = new Div();
    private final Span minutesMeta = new Span();
    private final Div minutesBanner = new Div();
    /** Its base is the saved minutes the editor's text was typed on: a save names that version. */
    private final EditSession<MinutesView> session;
    /** The saved minutes last shown to someone who reads them. */
    private MinutesView shownSaved;
    private boolean writing;

    MinutesEditor(MeetingRecords records, long itemId, MinutesView saved) {
        this.records = records;
        this.itemId = itemId;
        this.shownSaved = saved;
        addClassName("minutes-section");
        minutesArea.setId("minutes-editor-" + itemId);
        minutesArea.addClassName("minutes-editor");
        minutesArea.setAriaLabel(getTranslation("records.minutes"));
        minutesArea.setPlaceholder(getTranslation("records.minutes.placeholder"));
        minutesArea.setMaxLength(MeetingRecords.MINUTES_MAX);
        minutesArea.setWidthFull();
        minutesArea.setMinHeight("10em");
        saveMinutes.setText(getTranslation("records.minutes.save"));
        saveMinutes.addClassName("save-minutes");
        saveMinutes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMinutes.addClickListener(e -> save());
        saveMinutes.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(minutesArea);
        minutesText.addClassName("minutes-text");
        minutesText.getStyle().set("white-space", "pre-wrap");
        minutesMeta.addClassName("minutes-meta");
        minutesBanner.addClassName("minutes-banner-slot");
        session = new EditSession<>(minutesBanner, this);
        session.track(List.of(minutesArea));
        session.load(saved);
        add(new H3(getTranslation("records.minutes")), minutesMeta, minutesBanner, minutesText, minutesArea,
                new HorizontalLayout(saveMinutes));
    }

    /** The text area, for presence markers. */
    TextArea editor() {
        return minutesArea;
    }

    /** Shows the saved minutes: to read, or under the editor of someone who writes them. */
    void show(MinutesView saved, boolean writing) {
        this.shownSaved = saved;
        this.writing = writing;
        minutesArea.setVisible(writing);
        saveMinutes.setVisible(writing);
        minutesText.setVisible(!writing);
        minutesText.setText(saved.isEmpty() ? "" : saved.body());
        renderMinutesMeta();
    }

    /** The minutes as shown now. */
    String shown() {
        return writing ? minutesArea.getValue() : minutesText.getText();
    }

    /** Someone else's newer minutes: loaded when nothing typed is at stake, offered otherwise. */
    void changedElsewhere(MinutesView latest) {
        session.changedElsewhere(latest);
    }

    @Override
    public void save() {
        minutesArea.setInvalid(false);
        try {
            MinutesView saved = records.saveMinutes(itemId, session.base().version(), minutesArea.getValue());
            boolean changed = saved.version() != session.base().version();
            session.saved(saved);
            Notifications.success(getTranslation(changed ? "records.minutes.saved" : "records.minutes.unchanged"));
        } catch (MinutesConflictException e) {
            session.conflict(e.theirs());
        } catch (OptimisticLockingFailureException e) {
            // two saves on the same version at the same moment: the other one won
            session.conflict(records.minutes(itemId));
        } catch (TranslatableException e) {
            minutesArea.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            minutesArea.setInvalid(true);
        }
    }

    @Override
    public long version(MinutesView saved) {
        return saved.version();
    }

    @Override
    public boolean differsFrom(MinutesView saved) {
        return writing && !Objects.equals(minutesArea.getValue(), saved.body());
    }

    @Override
    public boolean sameText(MinutesView a, MinutesView b) {
        return Objects.equals(a.body(), b.body());
    }

    @Override
    public void load(MinutesView saved) {
        minutesArea.setValue(saved.body());
        renderMinutesMeta();
    }

    @Override
    public void rebased(MinutesView saved) {
        renderMinutesMeta();
    }

    @Override
    public String changedText(MinutesView base, MinutesView theirs, boolean onSave) {
        return getTranslation(onSave ? "records.minutes.conflict" : "records.minutes.changed", who(theirs), when(theirs));
    }

    /** Both texts word by word, and a merged text (the user's to start with) to put in the editor. */
    @Override
    public Component comparison(MinutesView base, MinutesView theirs, Consumer<Runnable> takeMerged, Runnable close) {
        String mine = minutesArea.getValue();
        SideBySideDiff diff = new SideBySideDiff(getTranslation("records.minutes.yours"),
                getTranslation("records.minutes.theirs", who(theirs), when(theirs)),
                List.of(new DiffRow(getTranslation("records.minutes"), mine, theirs.body())));
        TextArea merged = new TextArea(getTranslation("records.minutes.merged"));
        merged.addClassName("minutes-merged");
        merged.setWidthFull();
        merged.setMaxLength(MeetingRecords.MINUTES_MAX);
        merged.setValue(mine);
        Button use = new Button(getTranslation("records.minutes.use-merged"), e -> takeMerged.accept(() -> {
            minutesArea.setValue(merged.getValue());
            Notifications.success(getTranslation("records.minutes.merge-applied"));
        }));
        use.addClassName("minutes-use-merged");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button closeButton = new Button(getTranslation("records.minutes.close"), e -> close.run());
        Div comparison = new Div(diff, merged, new HorizontalLayout(use, closeButton));
        comparison.addClassName("minutes-comparison");
        return comparison;
    }

    private static String who(MinutesView saved) {
        return saved.updatedByName() == null ? "" : saved.updatedByName();
    }

    private static String when(MinutesView saved) {
        return saved.updatedAt() == null ? "" : TIME.format(saved.updatedAt());
    }

    private void renderMinutesMeta() {
        MinutesView shown = writing ? session.base() : shownSaved;
        minutesMeta.setText(shown.version() == 0 ? getTranslation("records.minutes.none")
                : getTranslation("records.minutes.last", shown.updatedByName(),
                Formats.dateTime(shown.updatedAt(), getLocale())));
    }
}
