package it.lombardia.codesign.discussion;

/**
 * What the signed-in user may do in a subject's discussion.
 *
 * @param mayWrite         start threads and reply
 * @param mayWriteInternal mark threads and comments internal (Region staff)
 * @param readOnlyReason   message key saying why they may only read, null when they may write
 * @param username         the signed-in user
 */
public record DiscussionAccess(boolean mayWrite, boolean mayWriteInternal, String readOnlyReason, String username) {
}
