package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
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
import it.lombardia.codesign.meeting.PersonRef;
import it.lombardia.codesign.meeting.ProposalRef;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import java.util.Map;
import java.util.Set;

/**
 * The minutes ({@link MinutesEditor}), decisions and action items of one agenda item. The chair and
 * the note-takers write them here (when {@code editable}); everyone else reads them, updated live.
 */
class ItemRecordsPanel extends Div {


    private final MeetingRecords records;
    private final long meetingId;
    private final long itemId;
    private final boolean editable;

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
    private final MinutesEditor minutes;

    private ItemRecords current;

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
        minutes = new MinutesEditor(records, itemId, current.minutes());
        buildDecisionForm();
        buildActionForm();
        readOnlyNote.setText(getTranslation("records.read-only"));
        readOnlyNote.addClassName("records-read-only");
        add(minutes, readOnlyNote,
                new H3(getTranslation("records.decisions")), decisionList, decisionForm,
                new H3(getTranslation("records.actions")), actionList, actionForm);
        if (presence != null) {
            presence.trackFields(Map.of("minutes-" + itemId, minutes.editor()));
        }
        live.bind(this, MeetingChanges.about(meetingId, MeetingChanges.RECORDS), messages -> refresh());
        // a change committed between reading and showing would otherwise be missed
        addAttachListener(e -> refresh());
        render();
    }

    private boolean writing() {
        return editable && current.takeNotes();
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
            minutes.changedElsewhere(current.minutes());
        }
        render();
    }

    private void render() {
        boolean writing = writing();
        minutes.show(current.minutes(), writing);
        readOnlyNote.setVisible(!writing && editable);
        decisionForm.setVisible(writing);
        actionForm.setVisible(writing);
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
        return minutes.shown();
    }
}
