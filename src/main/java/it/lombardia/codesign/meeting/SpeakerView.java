package it.lombardia.codesign.meeting;

import java.time.Instant;

/** Someone in a meeting's speaking queue: waiting since {@code raisedAt}, or {@code speaking} now. */
public record SpeakerView(String username, String displayName, Instant raisedAt, boolean speaking) {
}
