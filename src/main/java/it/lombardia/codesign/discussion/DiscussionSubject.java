package it.lombardia.codesign.discussion;

import java.util.Optional;

/**
 * Something people can discuss: a feature that has threads (proposals, later meetings) implements
 * this as a Spring bean, so that the discussion feature knows the subject's title, where it is
 * shown, who takes part in it and whether it still takes comments, without depending on that feature.
 */
public interface DiscussionSubject {

    /** The subject type as threads store it, such as {@code "proposal"}; unique among the beans. */
    String type();

    /** The subject with that id, empty when there is none. Called inside the caller's transaction. */
    Optional<SubjectInfo> describe(long id);
}
