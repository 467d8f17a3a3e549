package it.lombardia.codesign.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Moves the end of the current phase or of a later one. The phases after it shift as much as
 * needed to keep their order and length, which the helper text says before the admin saves.
 */
class ExtendPhaseDialog extends Dialog {

    static final int SUGGESTED_EXTRA_DAYS = 7;

    private final RoundService rounds;
    private final RoundSummary round;
    private final Consumer<RoundSummary> onSaved;
    private final Runnable onRefused;
    private final Select<RoundPhase> phase = new Select<>();
    private final DatePicker newEnd;

    ExtendPhaseDialog(RoundService rounds, RoundSummary round, Consumer<RoundSummary> onSaved, Runnable onRefused) {
        this.rounds = rounds;
        this.round = round;
        this.onSaved = onSaved;
        this.onRefused = onRefused;
        setHeaderTitle(getTranslation("round.extend.title", round.title()));

        List<RoundPhase> extendable = extendable(round);
        phase.setId("extend-phase");
        phase.setLabel(getTranslation("round.extend.phase"));
        phase.setItems(extendable);
        phase.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        phase.addValueChangeListener(e -> suggestEnd());
        newEnd = DatePickers.create(getTranslation("round.extend.new-end"), getLocale());
        newEnd.setId("newEnd");
        phase.setValue(extendable.isEmpty() ? null : extendable.getFirst());
        add(new FormLayout(phase, newEnd));

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation("round.extend.save"), e -> save());
        save.setId("save-extension");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(560px, 95vw)");
    }

    /** The current phase and the ones after it: a phase that is over cannot be extended. */
    static List<RoundPhase> extendable(RoundSummary round) {
        return RoundPhase.SCHEDULED.stream()
                .filter(p -> p.ordinal() >= round.phase().ordinal())
                .filter(p -> round.plan(p).isPresent())
                .toList();
    }

    private void suggestEnd() {
        newEnd.setInvalid(false);
        PhasePlan plan = phase.getValue() == null ? null : round.plan(phase.getValue()).orElse(null);
        if (plan == null) {
            newEnd.clear();
            newEnd.setHelperText(null);
            return;
        }
        newEnd.setValue(plan.endsOn().plusDays(SUGGESTED_EXTRA_DAYS));
        newEnd.setMin(plan.endsOn().plusDays(1));
        newEnd.setHelperText(getTranslation("round.extend.help", Formats.date(plan.endsOn(), getLocale())));
    }

    private void save() {
        newEnd.setInvalid(false);
        if (phase.getValue() == null) {
            phase.setErrorMessage(getTranslation("validation.required"));
            phase.setInvalid(true);
            return;
        }
        try {
            RoundSummary saved = rounds.extendPhase(round.id(), round.version(), phase.getValue(), newEnd.getValue());
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            String key = e.fieldErrors().get("newEnd");
            newEnd.setErrorMessage(getTranslation(key == null ? "error.invalid-input" : key));
            newEnd.setInvalid(true);
            Notifications.error(getTranslation("form.fix-fields"));
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            close();
            onRefused.run();
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.round.changed-meanwhile"));
            close();
            onRefused.run();
        }
    }
}
