package it.lombardia.codesign.round.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers in the user's language, with weeks starting on Monday as in Italy. */
final class DatePickers {

    private DatePickers() {
    }

    static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        picker.setI18n(i18n(picker, locale));
        picker.setManualValidation(true);
        return picker;
    }

    private static DatePicker.DatePickerI18n i18n(DatePicker picker, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)))
                // DateFormatSymbols puts an empty string first: Sunday is index 1
                .setWeekdays(List.of(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8)))
                .setWeekdaysShort(List.of(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8)))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("round.dialog.today"))
                .setCancel(picker.getTranslation("action.cancel"));
    }
}
