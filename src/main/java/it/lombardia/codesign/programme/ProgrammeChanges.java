package it.lombardia.codesign.programme;

import it.lombardia.codesign.live.LiveMessage;
import java.util.function.Predicate;

/**
 * The live messages this feature sends after every committed change to an edition in preparation
 * (reordered, edited, moved, retired, adopted): topic {@value #TOPIC}, with the {@code edition}'s id,
 * the {@code type} and {@code id} of what changed, the {@code action} (as in the audit log) and the
 * {@code actor}.
 */
public final class ProgrammeChanges {

    public static final String TOPIC = "programme";

    private ProgrammeChanges() {
    }

    public static Predicate<LiveMessage> inEdition(long editionId) {
        return m -> m.is(TOPIC) && m.has("edition", editionId);
    }

    static LiveMessage of(long editionId, String type, long id, String action, String actor) {
        return LiveMessage.of(TOPIC, "edition", String.valueOf(editionId), "type", type, "id", String.valueOf(id),
                "action", action, "actor", actor);
    }
}
