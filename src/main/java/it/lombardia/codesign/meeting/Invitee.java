package it.lombardia.codesign.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone invited to a meeting (or who registered for it), their answer and whether they came. */
@Entity
@Table(name = "meeting_invitee")
class Invitee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private String username;
    private boolean noteTaker;
    @Enumerated(EnumType.STRING)
    private Registration registration = Registration.INVITED;
    private Instant registeredAt;
    private boolean attended;
    private Instant firstJoinedAt;
    @Version
    private long version;

    protected Invitee() {
    }

    Invitee(long meetingId, String username) {
        this.meetingId = meetingId;
        this.username = username;
    }

    void register(Registration answer, Instant at) {
        this.registration = answer;
        this.registeredAt = at;
    }

    /** Records the first time they joined the live room; later joins change nothing. */
    boolean joined(Instant at) {
        if (attended) {
            return false;
        }
        this.attended = true;
        this.firstJoinedAt = at;
        return true;
    }

    void setAttended(boolean attended) {
        this.attended = attended;
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

    boolean isNoteTaker() {
        return noteTaker;
    }

    void setNoteTaker(boolean noteTaker) {
        this.noteTaker = noteTaker;
    }

    Registration getRegistration() {
        return registration;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    boolean isAttended() {
        return attended;
    }

    Instant getFirstJoinedAt() {
        return firstJoinedAt;
    }
}
