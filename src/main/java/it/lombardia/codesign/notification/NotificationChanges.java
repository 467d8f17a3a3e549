package it.lombardia.codesign.notification;

import it.lombardia.codesign.live.LiveMessage;
import java.util.function.Predicate;

/**
 * The live message sent after a user's notifications changed (one was written for them, or they
 * read some): topic {@value #TOPIC} with the {@code username}. Open bells of that user recount.
 */
public final class NotificationChanges {

    public static final String TOPIC = "notification";

    private NotificationChanges() {
    }

    /** Messages about the user's notifications; usernames compare ignoring case, as accounts do. */
    public static Predicate<LiveMessage> forUser(String username) {
        return m -> m.is(TOPIC) && m.get("username").map(u -> u.equalsIgnoreCase(username)).orElse(false);
    }

    static LiveMessage of(String username) {
        return LiveMessage.of(TOPIC, "username", username);
    }
}
