package it.lombardia.codesign.meeting;

/** Someone taking part, by username and the name people read. */
public record PersonRef(String username, String displayName) {
}
