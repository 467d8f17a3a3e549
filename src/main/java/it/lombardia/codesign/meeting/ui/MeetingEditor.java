package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.meeting.AgendaItemDraft;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.MeetingDraft;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.meeting.PersonRef;
import it.lombardia.codesign.meeting.WorkingGroupDetails;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Schedules a meeting of a working group or changes a scheduled one: when (in Europe/Rome), where,
 * who chairs, the agenda tied to the open round's proposals, invitees and note-takers. Whatever the
 * service refuses is shown and the dialog keeps every value.
 */
class MeetingEditor extends Dialog {

    private final MeetingService meetings;
    private final WorkingGroupDetails group;
    private final MeetingDetails existing;
    private final Long roundId;
    private final LongConsumer onSaved;
    private final Map<Long, String> proposalTitles;
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker start = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final TextField onlineLink = new TextField();
    final TextField place = new TextField();
    final ComboBox<String> chair = new ComboBox<>();
    final TextField round = new TextField();
    final MultiSelectComboBox<String> invitees = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> noteTakers = new MultiSelectComboBox<>();
    final VerticalLayout agenda = new VerticalLayout();
    final Paragraph agendaError = new Paragraph();
    final Button save = new Button();

    static MeetingEditor schedule(MeetingService meetings, RoundService rounds, ProposalService proposals,
                                  AccountDirectory directory, WorkingGroupDetails group, String me,
                                  LongConsumer onSaved) {
        return new MeetingEditor(meetings, rounds, proposals, directory, group, null, me, onSaved);
    }

    static MeetingEditor edit(MeetingService meetings, RoundService rounds, ProposalService proposals,
                              AccountDirectory directory, WorkingGroupDetails group, MeetingDetails meeting,
                              String me, LongConsumer onSaved) {
        return new MeetingEditor(meetings, rounds, proposals, directory, group, meeting, me, onSaved);
    }

    private MeetingEditor(MeetingService meetings, RoundService rounds, ProposalService proposals,
                          AccountDirectory directory, WorkingGroupDetails group, MeetingDetails existing, String me,
                          LongConsumer onSaved) {
        this.meetings = meetings;
        this.group = group;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("meeting-editor");
        setHeaderTitle(existing == null ? getTranslation("meeting.editor.new", group.name())
                : getTranslation("meeting.editor.edit", existing.title()));
        setWidth("min(64rem, 98vw)");
        setCloseOnOutsideClick(false);

        Optional<RoundSummary> theRound = existing == null ? rounds.openRound()
                : existing.roundId() == null ? Optional.empty() : rounds.round(existing.roundId());
        this.roundId = theRound.map(RoundSummary::id).orElse(null);
        this.proposalTitles = proposalTitles(proposals, roundId);

        title.setLabel(getTranslation("meeting.field.title"));
        title.setId("meeting-title");
        title.setRequired(true);
        title.setMaxLength(MeetingService.TITLE_MAX);
        description.setLabel(getTranslation("meeting.field.description"));
        description.setId("meeting-description");
        description.setMaxLength(MeetingService.TEXT_MAX);
        start.setLabel(getTranslation("meeting.field.start", Lombardy.ZONE.getId()));
        start.setId("meeting-start");
        start.setRequiredIndicatorVisible(true);
        start.setStep(java.time.Duration.ofMinutes(15));
        start.setHelperText(getTranslation("meeting.field.start-help", Lombardy.ZONE.getId()));
        duration.setLabel(getTranslation("meeting.field.duration"));
        duration.setId("meeting-duration");
        duration.setMin(MeetingService.MIN_DURATION);
        duration.setMax(MeetingService.MAX_DURATION);
        duration.setStep(5);
        duration.setStepButtonsVisible(true);
        onlineLink.setLabel(getTranslation("meeting.field.link"));
        onlineLink.setId("meeting-link");
        onlineLink.setPlaceholder("https://");
        place.setLabel(getTranslation("meeting.field.place"));
        place.setId("meeting-place");
        place.setHelperText(getTranslation("meeting.field.where-help"));
        round.setLabel(getTranslation("meeting.field.round"));
        round.setId("meeting-round");
        round.setReadOnly(true);
        round.setValue(theRound.map(RoundSummary::title).orElse(getTranslation("meeting.field.no-round")));

        List<Contact> people = directory.enabledPeople();
        Map<String, String> names = people.stream().collect(Collectors.toMap(Contact::username, Contact::displayName));
        Set<String> chairs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        group.members().forEach(m -> chairs.add(m.username()));
        chairs.addAll(directory.usernamesRepresenting(group.clusterCodes()));
        chairs.addAll(directory.usernamesWithRole(Role.ADMIN));
        chairs.addAll(directory.usernamesWithRole(Role.REVIEWER));
        chairs.add(me);
        if (existing != null) {
            chairs.add(existing.chair().username());
        }
        chair.setLabel(getTranslation("meeting.field.chair"));
        chair.setId("meeting-chair");
        chair.setRequired(true);
        chair.setItems(chairs.stream().sorted(Comparator.comparing(u -> names.getOrDefault(u, u),
                String.CASE_INSENSITIVE_ORDER)).toList());
        chair.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        List<String> everyone = people.stream().map(Contact::username).toList();
        invitees.setLabel(getTranslation("meeting.field.invitees"));
        invitees.setId("meeting-invitees");
        invitees.setItems(everyone);
        invitees.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        invitees.setHelperText(getTranslation("meeting.field.invitees-help"));
        noteTakers.setLabel(getTranslation("meeting.field.note-takers"));
        noteTakers.setId("meeting-note-takers");
        noteTakers.setItems(everyone);
        noteTakers.setItemLabelGenerator(u -> names.getOrDefault(u, u));

        FormLayout form = new FormLayout(title, chair, start, duration, onlineLink, place, round, invitees,
                noteTakers, description);
        form.setColspan(description, 2);
        form.setColspan(invitees, 2);
        agenda.setPadding(false);
        agenda.setId("agenda-editor");
        agendaError.setId("agenda-error");
        agendaError.addClassName("warning-notice");
        agendaError.setVisible(false);
        Button addItem = new Button(getTranslation("meeting.agenda.add"), VaadinIcon.PLUS.create(),
                e -> addRow(null));
        addItem.setId("agenda-add");
        add(form, new H3(getTranslation("meeting.agenda.title")), agendaError, agenda, addItem);

        if (existing == null) {
            LocalDateTime tomorrow = LocalDateTime.of(LocalDate.now(Lombardy.ZONE).plusDays(1), LocalTime.of(10, 0));
            start.setValue(tomorrow);
            duration.setValue(60);
            chair.setValue(chairs.contains(me) ? me : null);
            invitees.setValue(group.members().stream().map(PersonRef::username)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        } else {
            title.setValue(existing.title());
            description.setValue(existing.description() == null ? "" : existing.description());
            start.setValue(LocalDateTime.ofInstant(existing.startsAt(), Lombardy.ZONE));
            duration.setValue(existing.durationMinutes());
            onlineLink.setValue(existing.onlineLink() == null ? "" : existing.onlineLink());
            place.setValue(existing.place() == null ? "" : existing.place());
            chair.setValue(existing.chair().username());
            MeetingDraft draft = existing.draft();
            invitees.setValue(draft.invitees());
            noteTakers.setValue(draft.noteTakers());
            draft.agenda().forEach(this::addRow);
        }

        save.setText(getTranslation(existing == null ? "meeting.action.schedule" : "meeting.action.save"));
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button close = new Button(getTranslation("meeting.action.close"), e -> close());
        close.setId("meeting-close");
        getFooter().add(close, save);
    }

    private static Map<Long, String> proposalTitles(ProposalService proposals, Long roundId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        if (roundId == null) {
            return titles;
        }
        proposals.search(ProposalFilter.ofRound(roundId), PageRequest.of(0, 1000)).getContent().stream()
                .sorted(Comparator.comparing(ProposalSummary::title, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> titles.put(p.id(), p.title()));
        return titles;
    }

    AgendaItemRow addRow(AgendaItemDraft item) {
        AgendaItemRow row = new AgendaItemRow(item, proposalTitles, roundId != null);
        row.up.addClickListener(e -> move(row, -1));
        row.down.addClickListener(e -> move(row, 1));
        row.remove.addClickListener(e -> {
            agenda.remove(row);
            renumber();
        });
        agenda.add(row);
        renumber();
        return row;
    }

    List<AgendaItemRow> rows() {
        return agenda.getChildren().filter(AgendaItemRow.class::isInstance).map(AgendaItemRow.class::cast).toList();
    }

    private void move(AgendaItemRow row, int by) {
        List<AgendaItemRow> rows = new ArrayList<>(rows());
        int from = rows.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        agenda.removeAll();
        rows.forEach(agenda::add);
        renumber();
    }

    private void renumber() {
        List<AgendaItemRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            AgendaItemRow row = rows.get(i);
            row.setId("agenda-item-" + (i + 1));
            row.title.setLabel(getTranslation("meeting.agenda.item-title-n", i + 1));
            row.up.setEnabled(i > 0);
            row.down.setEnabled(i < rows.size() - 1);
        }
    }

    MeetingDraft draft() {
        Instant startsAt = start.getValue() == null ? null : start.getValue().atZone(Lombardy.ZONE).toInstant();
        return new MeetingDraft(group.id(), roundId, title.getValue(), description.getValue(), startsAt,
                duration.getValue() == null ? 0 : duration.getValue(), onlineLink.getValue(), place.getValue(),
                chair.getValue(), rows().stream().map(AgendaItemRow::draft).toList(), invitees.getValue(),
                noteTakers.getValue());
    }

    void save() {
        clearErrors();
        if (!validLocally()) {
            return;
        }
        try {
            long id;
            if (existing == null) {
                id = meetings.schedule(draft());
            } else {
                meetings.update(existing.id(), existing.version(), draft());
                id = existing.id();
            }
            close();
            Notifications.success(getTranslation(existing == null ? "meeting.editor.scheduled" : "meeting.editor.saved"));
            onSaved.accept(id);
        } catch (TranslatableException e) {
            showRefusal(e);
        }
    }

    private boolean validLocally() {
        boolean ok = true;
        if (title.getValue().isBlank()) {
            ok = fieldError(title, "meeting.error.title-required");
        }
        if (start.getValue() == null) {
            ok = fieldError(start, "meeting.error.start-required");
        }
        Integer minutes = duration.getValue();
        if (minutes == null || minutes < MeetingService.MIN_DURATION || minutes > MeetingService.MAX_DURATION) {
            duration.setErrorMessage(getTranslation("meeting.error.duration", MeetingService.MIN_DURATION,
                    MeetingService.MAX_DURATION));
            duration.setInvalid(true);
            ok = false;
        }
        String link = onlineLink.getValue().strip();
        if (link.isEmpty() && place.getValue().isBlank()) {
            ok = fieldError(onlineLink, "meeting.error.where-required");
        } else if (!link.isEmpty() && !link.matches("(?i)https?://\\S+")) {
            ok = fieldError(onlineLink, "meeting.error.link-invalid");
        }
        if (chair.getValue() == null) {
            ok = fieldError(chair, "meeting.error.chair-required");
        }
        for (AgendaItemRow row : rows()) {
            if (row.title.getValue().isBlank()) {
                ok = fieldError(row.title, "meeting.error.item-title-required");
            }
        }
        return ok;
    }

    private void showRefusal(TranslatableException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        switch (e.messageKey()) {
            case "meeting.error.title-required" -> fieldError(title, e.messageKey());
            case "meeting.error.start-required", "meeting.error.start-past" -> {
                start.setErrorMessage(message);
                start.setInvalid(true);
            }
            case "meeting.error.duration" -> {
                duration.setErrorMessage(message);
                duration.setInvalid(true);
            }
            case "meeting.error.where-required", "meeting.error.link-invalid" -> fieldError(onlineLink, e.messageKey());
            case "meeting.error.chair-required" -> fieldError(chair, e.messageKey());
            case "meeting.error.no-such-person" -> {
                invitees.setErrorMessage(message);
                invitees.setInvalid(true);
            }
            case "meeting.error.agenda-too-long", "meeting.error.item-title-required", "meeting.error.item-duration",
                 "meeting.error.no-such-proposal" -> {
                agendaError.setText(message);
                agendaError.setVisible(true);
            }
            default -> {
                // stale, not permitted, too long: nothing to point at
            }
        }
        Notifications.error(message);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(title, start, duration, onlineLink, place, chair, invitees)) {
            field.setInvalid(false);
        }
        rows().forEach(r -> r.title.setInvalid(false));
        agendaError.setVisible(false);
    }

    private boolean fieldError(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

}
