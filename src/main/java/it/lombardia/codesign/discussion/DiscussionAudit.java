package it.lombardia.codesign.discussion;

import it.lombardia.codesign.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reports every change to a discussion to the audit log, in the transaction of the change: a comment
 * posted (a thread started or a reply, internal or not) or edited, a thread resolved or reopened.
 */
@Component
class DiscussionAudit {

    static final String COMMENT = "comment";
    static final String THREAD = "comment-thread";

    private final ApplicationEventPublisher events;

    DiscussionAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void posted(String actor, CommentThread thread, Comment comment) {
        events.publishEvent(new AuditEvent(actor, COMMENT, String.valueOf(comment.getId()), "post", null,
                CommentRecord.of(thread, comment)));
    }

    /** {@code before} is the comment's record taken before the edit. */
    void edited(String actor, CommentRecord before, CommentThread thread, Comment comment) {
        events.publishEvent(new AuditEvent(actor, COMMENT, String.valueOf(comment.getId()), "edit", before,
                CommentRecord.of(thread, comment)));
    }

    void resolution(String actor, ThreadRecord before, CommentThread thread) {
        events.publishEvent(new AuditEvent(actor, THREAD, String.valueOf(thread.getId()),
                thread.isResolved() ? "resolve" : "reopen", before, ThreadRecord.of(thread)));
    }

    /** A comment as the log keeps it: where it was written, by whom, whether internal, and its text. */
    record CommentRecord(String subjectType, long subjectId, long threadId, String field, boolean internal,
                         String author, String body) {

        static CommentRecord of(CommentThread thread, Comment comment) {
            return new CommentRecord(thread.getSubjectType(), thread.getSubjectId(), thread.getId(), thread.getField(),
                    comment.isInternal(), comment.getAuthor(), comment.getBody());
        }
    }

    /** A thread as the log keeps it. */
    record ThreadRecord(String subjectType, long subjectId, String field, boolean internal, String startedBy,
                        boolean resolved, String resolvedBy) {

        static ThreadRecord of(CommentThread thread) {
            return new ThreadRecord(thread.getSubjectType(), thread.getSubjectId(), thread.getField(),
                    thread.isInternal(), thread.getStartedBy(), thread.isResolved(), thread.getResolvedBy());
        }
    }
}
