package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.poll.PollDraft;
import it.lombardia.codesign.poll.PollInputException;
import it.lombardia.codesign.poll.PollKind;
import it.lombardia.codesign.poll.PollResultText;
import it.lombardia.codesign.poll.PollOptionDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Opening a poll: the question, how it is answered, its options (typed, or the proposals the venue
 * suggests), whether it is anonymous, whether results show as votes arrive, and when it closes.
 * The service checks everything; its refusals are shown at the fields and nothing is saved.
 */
class PollDialog extends Dialog {

    private final PollPanel panel;
    private final String venueType;
    private final long venueId;
    private final Long anchorId;
    final TextArea question = new TextArea();
    final Select<PollKind> kind = new Select<>();
    final Div options = new Div();
    final List<OptionRow> rows = new ArrayList<>();
    final Span optionsError = new Span();
    final Button addOption = new Button();
    final Button addProposals = new Button();
    final IntegerField maxChoices = new IntegerField();
    final IntegerField dots = new IntegerField();
    final Checkbox anonymous = new Checkbox();
    final Checkbox resultsLive = new Checkbox();
    final IntegerField closesIn = new IntegerField();
    final Button open = new Button();

    /** One option being written, with the proposal it stands for, if any. */
    final class OptionRow extends Div {
        final TextField label = new TextField();
        final Long proposalId;

        OptionRow(String text, Long proposalId) {
            this.proposalId = proposalId;
            label.setValue(text == null ? "" : text);
            label.setMaxLength(200);
            label.addClassName("poll-option-label");
            label.setWidthFull();
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeRow(this));
            remove.addClassName("poll-option-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", t("poll.dialog.remove-option"));
            add(label, remove);
            getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "var(--lumo-space-xs)");
        }
    }

    PollDialog(PollPanel panel, String venueType, long venueId, Long anchorId,
               Supplier<List<PollOptionDraft>> proposals) {
        this.panel = panel;
        this.venueType = venueType;
        this.venueId = venueId;
        this.anchorId = anchorId;
        addClassName("poll-dialog");
        setHeaderTitle(t("poll.dialog.title"));
        setWidth("min(40rem, 95vw)");

        question.setLabel(t("poll.dialog.question"));
        question.setMaxLength(300);
        question.setWidthFull();
        question.addClassName("poll-dialog-question");
        kind.setLabel(t("poll.dialog.kind"));
        kind.setItems(PollKind.values());
        kind.setItemLabelGenerator(k -> t(PollResultText.kindKey(k)));
        kind.setValue(PollKind.SINGLE);
        kind.addClassName("poll-dialog-kind");
        kind.addValueChangeListener(e -> kindChanged());

        Span optionsLabel = new Span(t("poll.dialog.options"));
        optionsLabel.getStyle().set("font-weight", "600").set("display", "block");
        options.addClassName("poll-dialog-options");
        optionsError.addClassName("poll-dialog-options-error");
        optionsError.getElement().setAttribute("role", "alert");
        optionsError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        addOption.setText(t("poll.dialog.add-option"));
        addOption.addClassName("poll-dialog-add-option");
        addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addOption.addClickListener(e -> addRow("", null).label.focus());
        List<PollOptionDraft> suggested = proposals == null ? List.of() : proposals.get();
        addProposals.setText(t("poll.dialog.add-proposals", suggested.size()));
        addProposals.addClassName("poll-dialog-add-proposals");
        addProposals.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addProposals.setVisible(!suggested.isEmpty());
        addProposals.addClickListener(e -> addProposals(suggested));

        maxChoices.setLabel(t("poll.dialog.max-choices"));
        maxChoices.setMin(1);
        maxChoices.setValue(2);
        maxChoices.setStepButtonsVisible(true);
        maxChoices.addClassName("poll-dialog-max-choices");
        dots.setLabel(t("poll.dialog.dots"));
        dots.setMin(1);
        dots.setMax(100);
        dots.setValue(5);
        dots.setStepButtonsVisible(true);
        dots.addClassName("poll-dialog-dots");
        anonymous.setLabel(t("poll.dialog.anonymous"));
        anonymous.addClassName("poll-dialog-anonymous");
        resultsLive.setLabel(t("poll.dialog.results-live"));
        resultsLive.setValue(true);
        resultsLive.addClassName("poll-dialog-results-live");
        closesIn.setLabel(t("poll.dialog.closes-in"));
        closesIn.setHelperText(t("poll.dialog.closes-in.help"));
        closesIn.setMin(1);
        closesIn.setStepButtonsVisible(true);
        closesIn.addClassName("poll-dialog-closes-in");

        Div form = new Div(question, kind, optionsLabel, options, optionsError, new Div(addOption, addProposals),
                maxChoices, dots, closesIn, anonymous, resultsLive);
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(form);
        addRow("", null);
        addRow("", null);
        kindChanged();

        open.setText(t("poll.dialog.open"));
        open.addClassName("poll-dialog-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> submit());
        Button cancel = new Button(t("poll.dialog.cancel"), e -> close());
        cancel.addClassName("poll-dialog-cancel");
        getFooter().add(cancel, open);
    }

    private void kindChanged() {
        maxChoices.setVisible(kind.getValue() == PollKind.MULTIPLE);
        dots.setVisible(kind.getValue() == PollKind.DOTS);
    }

    OptionRow addRow(String text, Long proposalId) {
        OptionRow row = new OptionRow(text, proposalId);
        row.label.setAriaLabel(t("poll.dialog.option", rows.size() + 1));
        row.label.setPlaceholder(t("poll.dialog.option", rows.size() + 1));
        rows.add(row);
        options.add(row);
        return row;
    }

    private void removeRow(OptionRow row) {
        rows.remove(row);
        options.remove(row);
    }

    /** Adds the suggested proposals not yet among the options, filling empty rows first. */
    private void addProposals(List<PollOptionDraft> suggested) {
        rows.stream().filter(r -> r.label.getValue().isBlank() && r.proposalId == null).toList().forEach(this::removeRow);
        for (PollOptionDraft proposal : suggested) {
            boolean present = rows.stream().anyMatch(r -> proposal.proposalId() != null
                    ? proposal.proposalId().equals(r.proposalId) : r.label.getValue().equalsIgnoreCase(proposal.label()));
            if (!present) {
                addRow(proposal.label(), proposal.proposalId());
            }
        }
    }

    private void submit() {
        clearErrors();
        Instant closesAt = closesIn.getValue() == null ? null
                : Instant.now().plus(Duration.ofMinutes(closesIn.getValue()));
        PollDraft draft = new PollDraft(venueType, venueId, anchorId, question.getValue(), kind.getValue(),
                rows.stream().map(r -> new PollOptionDraft(r.label.getValue(), r.proposalId)).toList(),
                maxChoices.getValue(), dots.getValue(), anonymous.getValue(), resultsLive.getValue(), closesAt);
        try {
            if (panel.open(draft)) {
                close();
            }
        } catch (PollInputException e) {
            showErrors(e.fieldErrors());
        }
    }

    private void clearErrors() {
        question.setInvalid(false);
        maxChoices.setInvalid(false);
        dots.setInvalid(false);
        closesIn.setInvalid(false);
        optionsError.setText("");
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            String message = t(key);
            switch (field) {
                case "question" -> invalid(question, message);
                case "maxChoices" -> invalid(maxChoices, message);
                case "dots" -> invalid(dots, message);
                case "closesAt" -> invalid(closesIn, message);
                default -> optionsError.setText(message);
            }
        });
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
