package it.lombardia.codesign.meeting;

import it.lombardia.codesign.shared.Lombardy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes RFC 5545 calendar text: escaped values, lines folded at 75 octets, CRLF line ends, and
 * times in Europe/Rome with the zone's definition, so every calendar app shows the same hour.
 */
final class ICalendarText {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Europe/Rome since 1996: summer time from the last Sunday of March to the last Sunday of October. */
    private static final List<String> ROME = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Rome",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private final StringBuilder text = new StringBuilder();

    ICalendarText(String calendarName) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Regione Lombardia//Co-Design Workspace//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        if (calendarName != null) {
            property("X-WR-CALNAME", calendarName);
            line("X-WR-TIMEZONE:" + Lombardy.ZONE.getId());
        }
        ROME.forEach(this::line);
    }

    /** One meeting; {@code description} already holds the agenda, {@code location} the place or the link. */
    ICalendarText event(long meetingId, long sequence, Instant stamp, Instant start, Instant end, String summary,
                        String description, String location, String url, boolean cancelled) {
        line("BEGIN:VEVENT");
        line("UID:meeting-" + meetingId + "@codesign");
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART;TZID=" + Lombardy.ZONE.getId() + ":" + LOCAL.format(start.atZone(Lombardy.ZONE)));
        line("DTEND;TZID=" + Lombardy.ZONE.getId() + ":" + LOCAL.format(end.atZone(Lombardy.ZONE)));
        line("SEQUENCE:" + sequence);
        property("SUMMARY", summary);
        if (description != null && !description.isBlank()) {
            property("DESCRIPTION", description);
        }
        if (location != null && !location.isBlank()) {
            property("LOCATION", location);
        }
        if (url != null) {
            line("URL:" + url);
        }
        line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return text.toString();
    }

    private void property(String name, String value) {
        line(name + ":" + escape(value));
    }

    private void line(String content) {
        text.append(fold(content)).append(CRLF);
    }

    /** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545, 3.3.11). */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits a line longer than 75 octets into lines of at most 75 octets, each continuation starting
     * with a space; never inside a character, so multi-byte letters stay whole.
     */
    static String fold(String line) {
        if (line.getBytes(StandardCharsets.UTF_8).length <= MAX_OCTETS) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + line.length() / 70 * 3);
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
