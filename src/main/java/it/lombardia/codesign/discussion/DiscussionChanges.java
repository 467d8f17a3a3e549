package it.lombardia.codesign.discussion;

import it.lombardia.codesign.live.LiveMessage;
import java.util.function.Predicate;

/**
 * The live messages this feature sends after every committed change to a thread (comment posted or
 * edited, thread resolved or reopened): topic {@value #TOPIC}, with the {@code subjectType},
 * {@code subjectId}, {@code thread} and {@code actor}. Receivers re-read through {@link DiscussionService}.
 */
public final class DiscussionChanges {

    public static final String TOPIC = "comment";

    private DiscussionChanges() {
    }

    public static Predicate<LiveMessage> about(String subjectType, long subjectId) {
        return m -> m.is(TOPIC) && m.has("subjectType", subjectType) && m.has("subjectId", subjectId);
    }

    static LiveMessage of(String subjectType, long subjectId, long threadId, String actor) {
        return LiveMessage.of(TOPIC, "subjectType", subjectType, "subjectId", String.valueOf(subjectId),
                "thread", String.valueOf(threadId), "actor", actor);
    }
}
