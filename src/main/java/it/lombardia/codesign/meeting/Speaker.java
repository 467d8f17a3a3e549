package it.lombardia.codesign.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A raised hand in a meeting's speaking queue: waiting while only {@code raisedAt} is set, speaking
 * once the chair gave the floor, done when the turn ended or the hand was lowered. Done turns stay,
 * so that the report could tell who spoke.
 */
@Entity
@Table(name = "meeting_speaker")
class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private String username;
    private Instant raisedAt;
    private Instant floorAt;
    private Instant doneAt;

    protected Speaker() {
    }

    Speaker(long meetingId, String username, Instant raisedAt) {
        this.meetingId = meetingId;
        this.username = username;
        this.raisedAt = raisedAt;
    }

    void speak(Instant at) {
        this.floorAt = at;
    }

    void done(Instant at) {
        this.doneAt = at;
    }

    boolean isSpeaking() {
        return floorAt != null && doneAt == null;
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    String getUsername() {
        return username;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Instant getFloorAt() {
        return floorAt;
    }

    Instant getDoneAt() {
        return doneAt;
    }
}
