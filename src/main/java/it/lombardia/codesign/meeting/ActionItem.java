package it.lombardia.codesign.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Something a meeting asked someone to do, by when, and whether it is done. */
@Entity
@Table(name = "meeting_action")
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private long itemId;
    private String body;
    private String owner;
    private LocalDate dueDate;
    private boolean done;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(long meetingId, long itemId, String body, String owner, LocalDate dueDate, String by, Instant at) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.body = body;
        this.owner = owner;
        this.dueDate = dueDate;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    long getItemId() {
        return itemId;
    }

    String getBody() {
        return body;
    }

    String getOwner() {
        return owner;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    boolean isDone() {
        return done;
    }

    void setDone(boolean done) {
        this.done = done;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
