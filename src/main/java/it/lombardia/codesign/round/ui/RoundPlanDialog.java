package it.lombardia.codesign.round.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.textfield.IntegerField;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundDraft;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Opens a round (edition year and the four phases' dates) or changes the dates of an existing one.
 * The service checks the plan; its errors appear at the date they concern and nothing is saved.
 */
class RoundPlanDialog extends Dialog {

    /** Weeks of drafting, co-design, review and consolidation in a suggested plan. */
    static final List<Integer> SUGGESTED_WEEKS = List.of(4, 3, 4, 2);

    private final RoundService rounds;
    private final RoundSummary existing;
    private final Consumer<RoundSummary> onSaved;
    private final Runnable onRefused;
    private final IntegerField editionStartYear = new IntegerField();
    private final Map<RoundPhase, DatePicker> starts = new LinkedHashMap<>();
    private final Map<RoundPhase, DatePicker> ends = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private CarryOverChoices carryOver;

    /** A dialog that opens a new round, pre-filled with the suggested year and plan. */
    static RoundPlanDialog create(RoundService rounds, int suggestedYear, LocalDate today,
                                  Consumer<RoundSummary> onSaved, Runnable onRefused) {
        return create(rounds, null, suggestedYear, today, onSaved, onRefused);
    }

    /**
     * As above, with the carry-over step for the priorities of the adopted edition the new one is
     * prepared from (none when there is no adopted edition yet).
     */
    static RoundPlanDialog create(RoundService rounds, EditionContent base, int suggestedYear, LocalDate today,
                                  Consumer<RoundSummary> onSaved, Runnable onRefused) {
        RoundPlanDialog dialog = new RoundPlanDialog(rounds, null, suggestedYear, suggestedPlan(today), onSaved,
                onRefused);
        if (base != null && base.priorityCount() > 0) {
            dialog.carryOver = new CarryOverChoices(base);
            dialog.add(dialog.carryOver);
        }
        return dialog;
    }

    /** A dialog that changes the planned dates of a round. */
    static RoundPlanDialog reschedule(RoundService rounds, RoundSummary round, Consumer<RoundSummary> onSaved,
                                      Runnable onRefused) {
        return new RoundPlanDialog(rounds, round, null, round.plans(), onSaved, onRefused);
    }

    private RoundPlanDialog(RoundService rounds, RoundSummary existing, Integer year, List<PhasePlan> plans,
                            Consumer<RoundSummary> onSaved, Runnable onRefused) {
        this.rounds = rounds;
        this.existing = existing;
        this.onSaved = onSaved;
        this.onRefused = onRefused;
        setHeaderTitle(existing == null ? getTranslation("round.dialog.create.title")
                : getTranslation("round.dialog.edit.title", existing.title()));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        if (existing == null) {
            editionStartYear.setId("editionStartYear");
            editionStartYear.setLabel(getTranslation("round.dialog.year"));
            editionStartYear.setHelperText(getTranslation("round.dialog.year-help"));
            editionStartYear.setManualValidation(true);
            editionStartYear.setStepButtonsVisible(true);
            editionStartYear.setValue(year);
            fields.put("editionStartYear", editionStartYear);
            form.add(editionStartYear, 2);
        }
        for (RoundPhase phase : RoundPhase.SCHEDULED) {
            PhasePlan plan = plans.stream().filter(p -> p.phase() == phase).findFirst().orElse(null);
            String phaseName = getTranslation(phase.labelKey());
            DatePicker start = picker(phase.name() + "-startsOn", getTranslation("round.dialog.starts-on"),
                    getTranslation("round.dialog.starts-on-of", phaseName), plan == null ? null : plan.startsOn());
            DatePicker end = picker(phase.name() + "-endsOn", getTranslation("round.dialog.ends-on"),
                    getTranslation("round.dialog.ends-on-of", phaseName), plan == null ? null : plan.endsOn());
            starts.put(phase, start);
            ends.put(phase, end);
            fields.put(phase.name() + ".startsOn", start);
            fields.put(phase.name() + ".endsOn", end);
            FormLayout pair = new FormLayout(start, end);
            pair.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
            FieldSet group = new FieldSet(phaseName, pair);
            group.addClassName("phase-fieldset");
            form.add(group, 2);
        }
        add(form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation(existing == null ? "round.dialog.create" : "action.save"), e -> save());
        save.setId("save-round");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(640px, 95vw)");
    }

    /** Starts next Monday; each phase begins the day after the previous one ends. */
    static List<PhasePlan> suggestedPlan(LocalDate today) {
        List<PhasePlan> plans = new ArrayList<>();
        LocalDate start = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int i = 0; i < RoundPhase.SCHEDULED.size(); i++) {
            LocalDate end = start.plusWeeks(SUGGESTED_WEEKS.get(i)).minusDays(1);
            plans.add(new PhasePlan(RoundPhase.SCHEDULED.get(i), start, end));
            start = end.plusDays(1);
        }
        return plans;
    }

    private DatePicker picker(String id, String label, String accessibleName, LocalDate value) {
        DatePicker picker = DatePickers.create(label, getLocale());
        picker.setId(id);
        picker.setAriaLabel(accessibleName);
        picker.setValue(value);
        return picker;
    }

    private List<PhasePlan> plans() {
        return RoundPhase.SCHEDULED.stream()
                .map(phase -> new PhasePlan(phase, starts.get(phase).getValue(), ends.get(phase).getValue()))
                .toList();
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            RoundSummary saved = existing == null
                    ? rounds.create(new RoundDraft(editionStartYear.getValue(), plans(),
                            carryOver == null ? Map.of() : carryOver.choices()))
                    : rounds.reschedule(existing.id(), existing.version(), plans());
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            if (existing != null) {
                close();
                onRefused.run();
            }
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.round.changed-meanwhile"));
            close();
            onRefused.run();
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(getTranslation(key));
                f.setInvalid(true);
            }
        });
        Notifications.error(getTranslation("form.fix-fields"));
    }
}
