package it.lombardia.codesign.discussion;

import java.time.Instant;

/**
 * A comment as its reader may see it.
 *
 * @param body          the plain text as written (render it as text, never as HTML)
 * @param editedAt      when it was last edited, null if never: shown as "edited"
 * @param mayEdit       whether the reader may edit it now (their own, still within the edit window)
 * @param editableUntil until when its author may edit it
 */
public record CommentView(long id, long threadId, String author, String authorName, String body, boolean internal,
                          Instant createdAt, Instant editedAt, long version, boolean mine, boolean mayEdit,
                          Instant editableUntil) {

    public boolean edited() {
        return editedAt != null;
    }
}
