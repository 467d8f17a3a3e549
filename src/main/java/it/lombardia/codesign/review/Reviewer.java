package it.lombardia.codesign.review;

/** Someone who may review: an enabled account with the reviewer role, and the name to show. */
public record Reviewer(String username, String displayName) {
}
