package it.lombardia.codesign.poll;

import it.lombardia.codesign.identity.Actor;
import java.util.Optional;

/**
 * Where polls are held: a feature that holds polls (meetings) implements this as a Spring bean, so
 * that the poll feature knows who may see, run and vote in a venue's polls without depending on that
 * feature. Methods are called inside the poll service's transaction.
 */
public interface PollVenue {

    /** The venue type as polls store it, such as {@code "meeting"}; unique among the beans. */
    String type();

    /** The venue's title for people (a meeting's title), empty when there is no such venue. */
    Optional<String> title(long venueId);

    /** Whether the actor may see the venue's polls and their (visible) results. */
    boolean mayView(long venueId, Actor actor);

    /** Whether the actor may open and close polls there (the chair, an administrator). */
    boolean mayRun(long venueId, Actor actor);

    /** Whether the actor may vote there now (a participant of a running meeting). */
    boolean mayVote(long venueId, Actor actor);

    /** How many people may vote there, for the turnout ("7 of 12 voted"). */
    int electorate(long venueId);
}
