package it.lombardia.codesign.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A thread as its reader may see it: only the comments they may read (internal ones for Region
 * staff only), and what the reader may do with it.
 *
 * @param field      the subject's field the thread is about, null for the subject as a whole
 * @param mayReply   whether the reader may reply now (the thread is open, the subject takes comments)
 * @param mayResolve whether the reader may resolve the thread, or reopen it when it is resolved
 */
public record ThreadView(long id, String subjectType, long subjectId, String field, boolean internal,
                         String startedBy, String startedByName, Instant startedAt, String resolvedBy,
                         String resolvedByName, Instant resolvedAt, List<CommentView> comments, boolean mayReply,
                         boolean mayResolve) {

    public ThreadView {
        comments = List.copyOf(comments);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
