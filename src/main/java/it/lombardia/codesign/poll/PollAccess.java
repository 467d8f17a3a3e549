package it.lombardia.codesign.poll;

/** What the user may do with a venue's polls. */
public record PollAccess(boolean mayView, boolean mayRun, boolean mayVote) {
}
