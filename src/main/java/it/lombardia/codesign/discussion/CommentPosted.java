package it.lombardia.codesign.discussion;

import java.time.Instant;
import java.util.Set;

/**
 * A comment was posted, starting a thread or replying in one; published in the transaction of the
 * change. Everyone named here may read the comment: for an internal comment, the mentioned people
 * and the participants are Region staff only.
 *
 * @param mentioned    the people mentioned with {@code @username}, as their accounts spell them
 * @param participants who wrote in the thread before (or started it), the author left out
 * @param clusterCodes the subject's clusters
 * @param excerpt      the beginning of the comment, for the notification
 */
public record CommentPosted(String subjectType, long subjectId, String subjectTitle, String link, long threadId,
                            long commentId, String author, String authorName, boolean newThread, boolean internal,
                            Set<String> mentioned, Set<String> participants, Set<String> clusterCodes, String excerpt,
                            Instant at) {

    public CommentPosted {
        mentioned = Set.copyOf(mentioned);
        participants = Set.copyOf(participants);
        clusterCodes = Set.copyOf(clusterCodes);
    }
}
