package it.lombardia.codesign.live;

import java.util.Map;
import java.util.Optional;

/**
 * Something changed: the topic says what kind of thing ("proposal", "comment", "notification",
 * "presence"), the data which one and by whom. Small on purpose: it travels through PostgreSQL's
 * NOTIFY (at most 8000 bytes), and receivers re-read the thing itself through their services.
 */
public record LiveMessage(String topic, Map<String, String> data) {

    public LiveMessage {
        data = Map.copyOf(data);
    }

    public static LiveMessage of(String topic, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Keys and values must come in pairs");
        }
        Map<String, String> data = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                data.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return new LiveMessage(topic, data);
    }

    public boolean is(String topic) {
        return this.topic.equals(topic);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(data.get(key));
    }

    /** Whether the value under the key is the given id. */
    public boolean has(String key, long id) {
        return String.valueOf(id).equals(data.get(key));
    }

    public boolean has(String key, String value) {
        return value != null && value.equals(data.get(key));
    }
}
