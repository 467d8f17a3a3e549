/**
 * Discussion: comment threads on a subject (a proposal today, a meeting later), optionally about one
 * field of it. Replies, editing one's own comment for a short while, resolving and reopening threads,
 * mentions of people (who are notified) and internal comments for Region staff only. Subjects are
 * described to this feature through {@link it.lombardia.codesign.discussion.DiscussionSubject}, so it
 * depends on no feature that has threads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion")
package it.lombardia.codesign.discussion;
