package it.lombardia.codesign.discussion;

import java.time.Instant;
import java.util.Set;

/**
 * A comment was edited by its author; published in the transaction of the change.
 *
 * @param newlyMentioned the people the edit mentions who were not mentioned before
 */
public record CommentEdited(String subjectType, long subjectId, String subjectTitle, String link, long threadId,
                            long commentId, String author, String authorName, boolean internal,
                            Set<String> newlyMentioned, String excerpt, Instant at) {

    public CommentEdited {
        newlyMentioned = Set.copyOf(newlyMentioned);
    }
}
