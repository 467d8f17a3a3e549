package it.lombardia.codesign.meeting;

import java.time.Instant;

/**
 * The minutes of an agenda item as last saved. {@code version} is 0 (and the body empty) while nobody
 * has written any; a save names the version it was typed on.
 */
public record MinutesView(long itemId, String body, long version, String updatedBy, String updatedByName,
                          Instant updatedAt) {

    static MinutesView none(long itemId) {
        return new MinutesView(itemId, "", 0, null, null, null);
    }

    public boolean isEmpty() {
        return body.isBlank();
    }
}
