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

    /**
     * The subject with that id as the signed-in user may see it: empty when there is none or when
     * they may not read it (then its discussion does not exist for them either). Called inside the
     * caller's transaction.
     */
    Optional<SubjectInfo> describe(long id);
}
