package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.Registration;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How meetings read on every page: their time with the zone, their status and an invitee's answer. */
final class MeetingTexts {

    private MeetingTexts() {
    }

    /** "25 Nov 2026, 14:30 – 16:00 (Europe/Rome)"; the end's date too when it is another day. */
    static String when(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(Lombardy.ZONE);
        ZonedDateTime to = end.atZone(Lombardy.ZONE);
        String endText = from.toLocalDate().equals(to.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(to)
                : Formats.dateTime(end, locale);
        return Formats.dateTime(start, locale) + " \u2013 " + endText + " (" + Lombardy.ZONE.getId() + ")";
    }

    static Badge status(Component in, MeetingStatus status) {
        String theme = switch (status) {
            case SCHEDULED -> "primary";
            case LIVE -> "success";
            case ENDED -> "contrast";
            case CANCELLED -> "error";
        };
        Badge badge = new Badge(in.getTranslation(status.labelKey()), theme);
        badge.addClassName("meeting-status");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    static Badge registration(Component in, Registration registration) {
        String theme = switch (registration) {
            case ACCEPTED -> "success";
            case DECLINED -> "error";
            case INVITED -> "contrast";
        };
        Badge badge = new Badge(in.getTranslation(registration.labelKey()), theme);
        badge.addClassName("meeting-registration");
        badge.getElement().setAttribute("data-registration", registration.name());
        return badge;
    }
}
