package it.lombardia.codesign.meeting;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar files over HTTP: a meeting's file for the signed-in user, and personal feeds, which the
 * security configuration lets calendar apps read without a session (the token is the key).
 */
@RestController
class MeetingCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingCalendar calendar;

    MeetingCalendarController(MeetingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar/meetings/{id}.ics")
    ResponseEntity<String> meeting(@PathVariable("id") String id, HttpServletRequest request) {
        long meetingId;
        try {
            meetingId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return ResponseEntity.notFound().build();
        }
        String text;
        try {
            text = calendar.meetingFile(meetingId, baseUrl(), request.getLocale());
        } catch (it.lombardia.codesign.shared.TranslatableException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + meetingId + ".ics").build().toString())
                .contentType(CALENDAR)
                .body(text);
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable("token") String token) {
        return calendar.feed(token, baseUrl())
                .map(text -> ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .body(text))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
    }
}
