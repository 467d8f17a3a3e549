package it.lombardia.codesign.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The minutes of one agenda item: one text the note-takers write together, guarded by its version. */
@Entity
@Table(name = "meeting_minutes")
class Minutes {

    @Id
    private Long itemId;
    private String body;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected Minutes() {
    }

    Minutes(long itemId) {
        this.itemId = itemId;
    }

    void write(String body, String by, Instant at) {
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getItemId() {
        return itemId;
    }

    String getBody() {
        return body;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
