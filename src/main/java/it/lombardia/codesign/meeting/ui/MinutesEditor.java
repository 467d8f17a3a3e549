package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.meeting.MeetingRecords;
import it.lombardia.codesign.meeting.MinutesConflictException;
import it.lombardia.codesign.meeting.MinutesView;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.DiffRow;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The minutes of one agenda item, to read or to write. What a note-taker typed is never lost: a save
 * by someone else while they type shows a banner instead of replacing their text, and a save that
 * meets a newer version shows both texts to merge.
 */
class MinutesEditor extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Lombardy.ZONE);

    private final transient MeetingRecords records;
    private final long itemId;
    private final TextArea minutesArea = new TextArea();
    private final Button saveMinutes = new Button();
    private final Div minutesText = new Div();
    private final Span minutesMeta = new Span();
    private final Div minutesBanner = new Div();
    /** The saved minutes the editor's text was typed on: a save names this version. */
    private MinutesView base;
    /** The saved minutes last shown to someone who reads them. */
    private MinutesView shownSaved;
    /** The newer minutes a banner offers, so one save is announced once. */
    private long offeredVersion = -1;
    private boolean writing;

    MinutesEditor(MeetingRecords records, long itemId, MinutesView saved) {
        this.records = records;
        this.itemId = itemId;
        this.base = saved;
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
        saveMinutes.addClickListener(e -> saveMinutes());
        saveMinutes.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(minutesArea);
        minutesText.addClassName("minutes-text");
        minutesText.getStyle().set("white-space", "pre-wrap");
        minutesMeta.addClassName("minutes-meta");
        minutesBanner.addClassName("minutes-banner-slot");
        minutesArea.setValue(saved.body());
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

    private boolean hasUnsavedText() {
        return writing && !Objects.equals(minutesArea.getValue(), base.body());
    }

    private void saveMinutes() {
        minutesArea.setInvalid(false);
        try {
            MinutesView saved = records.saveMinutes(itemId, base.version(), minutesArea.getValue());
            base = saved;
            offeredVersion = -1;
            minutesBanner.removeAll();
            renderMinutesMeta();
            Notifications.success(getTranslation("records.minutes.saved"));
        } catch (MinutesConflictException e) {
            offer(e.theirs(), true);
        } catch (OptimisticLockingFailureException e) {
            // two saves on the same version at the same moment: the other one won
            offer(records.minutes(itemId), true);
        } catch (TranslatableException e) {
            minutesArea.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            minutesArea.setInvalid(true);
        }
    }

    /** Someone else's newer minutes: loaded when nothing typed is at stake, offered otherwise. */
    void changedElsewhere(MinutesView latest) {
        if (latest.version() == base.version() || latest.version() == offeredVersion) {
            return;
        }
        if (!hasUnsavedText()) {
            base = latest;
            minutesArea.setValue(latest.body());
            minutesBanner.removeAll();
            offeredVersion = -1;
            return;
        }
        offer(latest, false);
    }

    /**
     * Shows their newer version beside the user's text: compare (word by word, with a merged text to
     * put in the editor), load theirs, or keep mine. {@code onSave}: the user's save met it (the
     * comparison opens at once and "keep mine" saves).
     */
    private void offer(MinutesView theirs, boolean onSave) {
        offeredVersion = theirs.version();
        String when = theirs.updatedAt() == null ? "" : TIME.format(theirs.updatedAt());
        String who = theirs.updatedByName() == null ? "" : theirs.updatedByName();
        minutesBanner.removeAll();
        Div banner = new Div();
        banner.addClassNames("conflict-banner", "minutes-banner");
        banner.getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(getTranslation(onSave ? "records.minutes.conflict" : "records.minutes.changed",
                who, when));
        text.addClassName("minutes-banner-text");
        Div comparison = new Div();
        comparison.addClassName("minutes-comparison");
        Button compare = new Button(getTranslation("records.minutes.compare"), e -> compare(comparison, theirs));
        compare.addClassName("minutes-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button loadTheirs = new Button(getTranslation("records.minutes.load-theirs"), e -> {
            base = theirs;
            minutesArea.setValue(theirs.body());
            offeredVersion = -1;
            minutesBanner.removeAll();
            renderMinutesMeta();
        });
        loadTheirs.addClassName("minutes-load-theirs");
        Button keepMine = new Button(getTranslation("records.minutes.keep-mine"), e -> {
            // the user's text stays and now knowingly replaces theirs
            base = theirs;
            offeredVersion = -1;
            minutesBanner.removeAll();
            renderMinutesMeta();
            if (onSave) {
                saveMinutes();
            } else {
                Notifications.success(getTranslation("records.minutes.kept", who));
            }
        });
        keepMine.addClassName("minutes-keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        banner.add(text, new HorizontalLayout(compare, loadTheirs, keepMine), comparison);
        minutesBanner.add(banner);
        if (onSave) {
            compare(comparison, theirs);
        }
    }

    private void compare(Div slot, MinutesView theirs) {
        slot.removeAll();
        String mine = minutesArea.getValue();
        String theirLabel = getTranslation("records.minutes.theirs",
                theirs.updatedByName() == null ? "" : theirs.updatedByName(),
                theirs.updatedAt() == null ? "" : TIME.format(theirs.updatedAt()));
        SideBySideDiff diff = new SideBySideDiff(getTranslation("records.minutes.yours"), theirLabel,
                List.of(new DiffRow(getTranslation("records.minutes"), mine, theirs.body())));
        TextArea merged = new TextArea(getTranslation("records.minutes.merged"));
        merged.addClassName("minutes-merged");
        merged.setWidthFull();
        merged.setMaxLength(MeetingRecords.MINUTES_MAX);
        merged.setValue(mine);
        Button use = new Button(getTranslation("records.minutes.use-merged"), e -> {
            // on top of their version, with the merged text typed in: saving stays the user's step
            base = theirs;
            minutesArea.setValue(merged.getValue());
            offeredVersion = -1;
            minutesBanner.removeAll();
            renderMinutesMeta();
            Notifications.success(getTranslation("records.minutes.merge-applied"));
        });
        use.addClassName("minutes-use-merged");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("records.minutes.close"), e -> slot.removeAll());
        slot.add(diff, merged, new HorizontalLayout(use, close));
    }

    private void renderMinutesMeta() {
        MinutesView shown = writing ? base : shownSaved;
        minutesMeta.setText(shown.version() == 0 ? getTranslation("records.minutes.none")
                : getTranslation("records.minutes.last", shown.updatedByName(),
                Formats.dateTime(shown.updatedAt(), getLocale())));
    }
}
