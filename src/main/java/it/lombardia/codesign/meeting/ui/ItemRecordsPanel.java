package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.live.ui.PagePresence;
import it.lombardia.codesign.meeting.ActionView;
import it.lombardia.codesign.meeting.DecisionView;
import it.lombardia.codesign.meeting.ItemRecords;
import it.lombardia.codesign.meeting.MeetingChanges;
import it.lombardia.codesign.meeting.MeetingRecords;
import it.lombardia.codesign.meeting.MinutesConflictException;
import it.lombardia.codesign.meeting.MinutesView;
import it.lombardia.codesign.meeting.PersonRef;
import it.lombardia.codesign.meeting.ProposalRef;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.DiffRow;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The minutes, decisions and action items of one agenda item. The chair and the note-takers write
 * them here (when {@code editable}); everyone else reads them, updated live. What a note-taker typed
 * is never lost: a save by someone else while they type shows a banner instead of replacing their
 * text, and a save that meets a newer version shows both texts to merge.
 */
class ItemRecordsPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.REGION_ZONE);

    private final MeetingRecords records;
    private final long meetingId;
    private final long itemId;
    private final boolean editable;

    private final TextArea minutesArea = new TextArea();
    private final Button saveMinutes = new Button();
    private final Div minutesText = new Div();
    private final Span minutesMeta = new Span();
    private final Div minutesBanner = new Div();
    private final Div decisionList = new Div();
    private final Div decisionForm = new Div();
    private final TextArea decisionText = new TextArea();
    private final Select<ProposalRef> decisionProposal = new Select<>();
    private final Div actionList = new Div();
    private final Div actionForm = new Div();
    private final TextField actionText = new TextField();
    private final ComboBox<PersonRef> actionOwner = new ComboBox<>();
    private final DatePicker actionDue = new DatePicker();
    private final Paragraph readOnlyNote = new Paragraph();

    private ItemRecords current;
    /** The saved minutes the editor's text was typed on: a save names this version. */
    private MinutesView base;
    /** The newer minutes a banner offers, so one save is announced once. */
    private long offeredVersion = -1;

    /**
     * @param presence the page's presence, to show who else is in the minutes editor (may be null)
     * @param editable whether the chair and the note-takers may write here (false: read-only for all)
     */
    ItemRecordsPanel(MeetingRecords records, LiveUpdates live, long meetingId, long itemId, PagePresence presence,
                     boolean editable) {
        this.records = records;
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.editable = editable;
        addClassName("item-records");
        getElement().setAttribute("data-item", String.valueOf(itemId));
        current = records.item(itemId);
        base = current.minutes();

        buildMinutes();
        buildDecisionForm();
        buildActionForm();
        readOnlyNote.setText(getTranslation("records.read-only"));
        readOnlyNote.addClassName("records-read-only");
        add(new H3(getTranslation("records.minutes")), minutesMeta, minutesBanner, minutesText,
                minutesArea, new HorizontalLayout(saveMinutes), readOnlyNote,
                new H3(getTranslation("records.decisions")), decisionList, decisionForm,
                new H3(getTranslation("records.actions")), actionList, actionForm);
        if (presence != null) {
            presence.trackFields(Map.of("minutes-" + itemId, minutesArea));
        }
        live.bind(this, MeetingChanges.about(meetingId, MeetingChanges.RECORDS), messages -> refresh());
        // a change committed between reading and showing would otherwise be missed
        addAttachListener(e -> refresh());
        minutesArea.setValue(base.body());
        render();
    }

    private boolean writing() {
        return editable && current.takeNotes();
    }

    // ---------------------------------------------------------------------------------------------
    // Minutes

    private void buildMinutes() {
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
    }

    private boolean hasUnsavedText() {
        return writing() && !Objects.equals(minutesArea.getValue(), base.body());
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
    private void minutesChanged(MinutesView latest) {
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
                java.util.List.of(new DiffRow(getTranslation("records.minutes"), mine, theirs.body())));
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
        MinutesView shown = writing() ? base : current.minutes();
        minutesMeta.setText(shown.version() == 0 ? getTranslation("records.minutes.none")
                : getTranslation("records.minutes.last", shown.updatedByName(),
                Formats.dateTime(shown.updatedAt(), getLocale())));
    }

    // ---------------------------------------------------------------------------------------------
    // Decisions

    private void buildDecisionForm() {
        decisionText.setLabel(getTranslation("records.decision.text"));
        decisionText.addClassName("decision-text");
        decisionText.setMaxLength(MeetingRecords.DECISION_MAX);
        decisionText.setWidthFull();
        decisionProposal.setLabel(getTranslation("records.decision.proposal"));
        decisionProposal.addClassName("decision-proposal");
        decisionProposal.setEmptySelectionAllowed(true);
        decisionProposal.setItemLabelGenerator(p -> p == null ? "" : "#" + p.id() + " " + p.title());
        decisionProposal.setItems(current.proposals());
        decisionProposal.setVisible(!current.proposals().isEmpty());
        Button record = new Button(getTranslation("records.decision.record"), e -> recordDecision());
        record.addClassName("record-decision");
        H4 title = new H4(getTranslation("records.decision.add"));
        decisionForm.addClassName("decision-form");
        decisionForm.add(title, decisionText, decisionProposal, new HorizontalLayout(record));
    }

    private void recordDecision() {
        decisionText.setInvalid(false);
        decisionProposal.setInvalid(false);
        ProposalRef proposal = decisionProposal.getValue();
        try {
            records.decision(meetingId, itemId, decisionText.getValue(), proposal == null ? null : proposal.id());
            decisionText.clear();
            decisionProposal.clear();
            Notifications.success(getTranslation("records.decision.recorded"));
            refresh();
        } catch (TranslatableException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            if ("records.error.proposal-not-on-item".equals(e.messageKey())) {
                decisionProposal.setErrorMessage(message);
                decisionProposal.setInvalid(true);
            } else if (Set.of("records.error.decision-required", "records.error.too-long").contains(e.messageKey())) {
                decisionText.setErrorMessage(message);
                decisionText.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    private Component decision(DecisionView d) {
        Div row = new Div();
        row.addClassName("decision");
        Paragraph text = new Paragraph(d.text());
        text.addClassName("decision-text-shown");
        text.getStyle().set("white-space", "pre-wrap");
        if (d.withdrawn()) {
            row.addClassName("decision-withdrawn");
            text.getStyle().set("text-decoration", "line-through");
        }
        row.add(text);
        if (d.proposal() != null) {
            Anchor link = new Anchor(d.proposal().link(), getTranslation("records.decision.about",
                    d.proposal().id(), d.proposal().title()));
            link.addClassName("decision-proposal-link");
            row.add(link);
        }
        Span meta = new Span(getTranslation("records.decision.by", d.recordedBy().displayName(),
                Formats.dateTime(d.recordedAt(), getLocale())));
        meta.addClassName("decision-meta");
        row.add(new Div(meta));
        if (d.withdrawn()) {
            Span withdrawn = new Span(getTranslation("records.decision.withdrawn", d.withdrawnBy().displayName(),
                    Formats.dateTime(d.withdrawnAt(), getLocale()))
                    + (d.withdrawReason() == null ? "" : " · " + d.withdrawReason()));
            withdrawn.addClassName("decision-withdrawn-meta");
            row.add(new Div(withdrawn));
        } else if (writing()) {
            Button withdraw = new Button(getTranslation("records.decision.withdraw"), e -> confirmWithdraw(d));
            withdraw.addClassName("withdraw-decision");
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(withdraw);
        }
        return row;
    }

    private void confirmWithdraw(DecisionView d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("records.decision.withdraw-title"));
        TextField reason = new TextField(getTranslation("records.decision.withdraw-reason"));
        reason.addClassName("withdraw-reason");
        reason.setMaxLength(MeetingRecords.REASON_MAX);
        reason.setWidthFull();
        dialog.add(new Paragraph(d.text()), new Paragraph(getTranslation("records.decision.withdraw-text")), reason);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("records.decision.withdraw"), e -> {
            try {
                records.withdrawDecision(d.id(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("records.decision.withdrawn-done"));
                refresh();
            } catch (TranslatableException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                reason.setInvalid(true);
            }
        });
        confirm.addClassName("confirm-withdraw");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new HorizontalLayout(cancel, confirm));
        dialog.open();
    }

    // ---------------------------------------------------------------------------------------------
    // Action items

    private void buildActionForm() {
        actionText.setLabel(getTranslation("records.action.text"));
        actionText.addClassName("action-text");
        actionText.setMaxLength(MeetingRecords.ACTION_MAX);
        actionText.setWidthFull();
        actionOwner.setLabel(getTranslation("records.action.owner"));
        actionOwner.addClassName("action-owner");
        actionOwner.setItemLabelGenerator(PersonRef::displayName);
        actionOwner.setItems(current.people());
        actionDue.setLabel(getTranslation("records.action.due"));
        actionDue.addClassName("action-due");
        actionDue.setMin(Formats.today());
        actionDue.setLocale(getLocale());
        Button add = new Button(getTranslation("records.action.add"), e -> addAction());
        add.addClassName("add-action");
        HorizontalLayout fields = new HorizontalLayout(actionOwner, actionDue);
        fields.setWrap(true);
        actionForm.addClassName("action-form");
        actionForm.add(new H4(getTranslation("records.action.add")), actionText, fields, new HorizontalLayout(add));
    }

    private void addAction() {
        actionText.setInvalid(false);
        actionOwner.setInvalid(false);
        actionDue.setInvalid(false);
        PersonRef owner = actionOwner.getValue();
        try {
            ActionView added = records.addAction(meetingId, itemId, actionText.getValue(),
                    owner == null ? null : owner.username(), actionDue.getValue());
            actionText.clear();
            actionOwner.clear();
            actionDue.clear();
            Notifications.success(getTranslation("records.action.added", added.owner().displayName()));
            refresh();
        } catch (TranslatableException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            switch (e.messageKey()) {
                case "records.error.action-required", "records.error.too-long" -> {
                    actionText.setErrorMessage(message);
                    actionText.setInvalid(true);
                }
                case "records.error.owner-required", "records.error.no-such-owner" -> {
                    actionOwner.setErrorMessage(message);
                    actionOwner.setInvalid(true);
                }
                case "records.error.due-past" -> {
                    actionDue.setErrorMessage(message);
                    actionDue.setInvalid(true);
                }
                default -> Notifications.error(message);
            }
        }
    }

    private Component action(ActionView a) {
        Div row = new Div();
        row.addClassName("action-item");
        Checkbox done = new Checkbox(a.done());
        done.addClassName("action-done");
        done.setAriaLabel(getTranslation("records.action.done-label", a.text()));
        done.setEnabled(editable && a.mayMarkDone());
        done.addValueChangeListener(e -> {
            if (e.getValue() == a.done()) {
                return;
            }
            try {
                records.setActionDone(a.id(), e.getValue());
                refresh();
            } catch (TranslatableException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                refresh();
            }
        });
        Span text = new Span(a.text());
        text.addClassName("action-text-shown");
        if (a.done()) {
            text.getStyle().set("text-decoration", "line-through");
        }
        Span meta = new Span(a.owner().displayName() + " · " + (a.dueDate() == null
                ? getTranslation("records.action.no-due") : Formats.date(a.dueDate(), getLocale())));
        meta.addClassName("action-meta");
        row.add(done, text, new Span(" — "), meta);
        return row;
    }

    // ---------------------------------------------------------------------------------------------

    /** Re-reads the item's records; the minutes the user is typing are never replaced. */
    private void refresh() {
        current = records.item(itemId);
        if (writing()) {
            minutesChanged(current.minutes());
        }
        render();
    }

    private void render() {
        boolean writing = writing();
        minutesArea.setVisible(writing);
        saveMinutes.setVisible(writing);
        minutesText.setVisible(!writing);
        minutesText.setText(current.minutes().isEmpty() ? "" : current.minutes().body());
        readOnlyNote.setVisible(!writing && editable);
        decisionForm.setVisible(writing);
        actionForm.setVisible(writing);
        renderMinutesMeta();
        decisionList.removeAll();
        if (current.decisions().isEmpty()) {
            decisionList.add(new Paragraph(getTranslation("records.decisions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            current.decisions().forEach(d -> list.add(new ListItem(decision(d))));
            decisionList.add(list);
        }
        actionList.removeAll();
        if (current.actions().isEmpty()) {
            actionList.add(new Paragraph(getTranslation("records.actions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            current.actions().forEach(a -> list.add(new ListItem(action(a))));
            actionList.add(list);
        }
    }

    /** The minutes as shown now (for tests and the embedding view). */
    String minutesShown() {
        return writing() ? minutesArea.getValue() : minutesText.getText();
    }
}
