package it.lombardia.codesign.notification;

import java.time.Instant;

/**
 * A notification as its reader sees it: the text already in the reader's language, and the route
 * to open ({@code ""} is the dashboard).
 */
public record NotificationItem(long id, NotificationKind kind, String text, String link, Instant createdAt,
                               Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
