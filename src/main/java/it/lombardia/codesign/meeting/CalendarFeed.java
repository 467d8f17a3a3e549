package it.lombardia.codesign.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret in someone's calendar feed address; a new one makes the old address stop working. */
@Entity
@Table(name = "meeting_calendar_feed")
class CalendarFeed {

    @Id
    private String username;
    private String token;
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String username, String token, Instant createdAt) {
        this.username = username;
        this.token = token;
        this.createdAt = createdAt;
    }

    void renew(String token, Instant at) {
        this.token = token;
        this.createdAt = at;
    }

    String getUsername() {
        return username;
    }

    String getToken() {
        return token;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
