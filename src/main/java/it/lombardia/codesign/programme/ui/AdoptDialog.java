package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import org.springframework.dao.OptimisticLockingFailureException;
import it.lombardia.codesign.ui.Formats;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The act that adopts the edition and its date. The service checks them again (required, not in
 * the future) and its reasons appear next to the fields.
 */
class AdoptDialog extends Dialog {

    private final TextField act = new TextField();
    private final DatePicker date = new DatePicker();
    private final BiFunction<String, LocalDate, EditionSummary> adopt;
    private final Consumer<EditionSummary> onAdopted;
    private final Consumer<RuntimeException> onRefused;

    AdoptDialog(EditionSummary edition, BiFunction<String, LocalDate, EditionSummary> adopt,
                Consumer<EditionSummary> onAdopted, Consumer<RuntimeException> onRefused) {
        this.adopt = adopt;
        this.onAdopted = onAdopted;
        this.onRefused = onRefused;
        setId("adopt-dialog");
        setHeaderTitle(getTranslation("consolidation.adopt.title", edition.periodLabel()));
        act.setId("act-reference");
        act.setLabel(getTranslation("consolidation.adopt.act"));
        act.setHelperText(getTranslation("consolidation.adopt.act-help"));
        act.setMaxLength(200);
        act.setRequiredIndicatorVisible(true);
        act.setManualValidation(true);
        date.setId("adopted-on");
        date.setLabel(getTranslation("consolidation.adopt.date"));
        date.setLocale(getLocale());
        date.setI18n(i18n());
        date.setRequiredIndicatorVisible(true);
        date.setManualValidation(true);
        date.setMax(Formats.today());
        date.setValue(Formats.today());
        FormLayout form = new FormLayout(act, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("consolidation.adopt.text")), form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button confirm = new Button(getTranslation("consolidation.adopt.confirm"), e -> confirm());
        confirm.setId("confirm-adopt");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
        setWidth("min(560px, 95vw)");
    }

    private void confirm() {
        act.setInvalid(false);
        date.setInvalid(false);
        try {
            EditionSummary adopted = adopt.apply(act.getValue(), date.getValue());
            close();
            onAdopted.accept(adopted);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> {
                if ("actReference".equals(field)) {
                    act.setErrorMessage(getTranslation(key));
                    act.setInvalid(true);
                } else if ("adoptedOn".equals(field)) {
                    date.setErrorMessage(getTranslation(key));
                    date.setInvalid(true);
                }
            });
        } catch (TranslatableException | OptimisticLockingFailureException e) {
            close();
            onRefused.accept(e);
        }
    }

    private DatePicker.DatePickerI18n i18n() {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(getLocale());
        return new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)))
                .setWeekdays(List.of(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8)))
                .setWeekdaysShort(List.of(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8)))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("consolidation.adopt.today"))
                .setCancel(getTranslation("action.cancel"));
    }
}
