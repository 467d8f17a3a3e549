package it.lombardia.codesign.poll;

import it.lombardia.codesign.live.LiveMessage;
import java.util.function.Predicate;

/**
 * The live messages this feature sends after every committed change to a poll (opened, a ballot
 * cast or changed, closed by its runner or by its closing time): topic {@value #TOPIC}, with the
 * {@code poll} id, its {@code venueType} and {@code venueId} and the {@code action}. Never who voted
 * or what: receivers re-read through {@link PollService}, which knows what each may see.
 */
public final class PollChanges {

    public static final String TOPIC = "poll";

    private PollChanges() {
    }

    public static Predicate<LiveMessage> inVenue(String venueType, long venueId) {
        return m -> m.is(TOPIC) && m.has("venueType", venueType) && m.has("venueId", venueId);
    }

    public static Predicate<LiveMessage> about(long pollId) {
        return m -> m.is(TOPIC) && m.has("poll", pollId);
    }

    static LiveMessage of(Poll poll, String action) {
        return LiveMessage.of(TOPIC, "poll", String.valueOf(poll.getId()), "venueType", poll.getVenueType(),
                "venueId", String.valueOf(poll.getVenueId()), "action", action);
    }
}
