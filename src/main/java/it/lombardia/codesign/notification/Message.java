package it.lombardia.codesign.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notification's text before it has a language: a message key and typed arguments. Stored as the
 * key and a JSON array such as {@code [{"text":"A title"},{"key":"round.phase.REVIEW"},{"date":"2026-03-01"}]},
 * which holds titles and reasons with any character, and keeps dates and labels translatable.
 */
record Message(String key, List<Arg> arguments) {

    /** Longer free text (a reviewer's reason) is cut: the full text stays on the proposal. */
    static final int MAX_TEXT = 2000;

    private static final Logger log = LoggerFactory.getLogger(Message.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> STORED = new TypeReference<>() {
    };

    Message {
        arguments = List.copyOf(arguments);
    }

    static Message of(String key, Arg... arguments) {
        return new Message(key, List.of(arguments));
    }

    String encodedArguments() {
        List<Map<String, String>> stored = new ArrayList<>();
        for (Arg arg : arguments) {
            stored.add(Map.of(arg.type().name().toLowerCase(Locale.ROOT), arg.value()));
        }
        return JSON.writeValueAsString(stored);
    }

    static Message decode(String key, String encoded) {
        List<Arg> arguments = new ArrayList<>();
        try {
            for (Map<String, String> stored : JSON.readValue(encoded, STORED)) {
                Map.Entry<String, String> entry = stored.entrySet().iterator().next();
                arguments.add(new Arg(Arg.Type.valueOf(entry.getKey().toUpperCase(Locale.ROOT)), entry.getValue()));
            }
        } catch (RuntimeException e) {
            // A damaged row still shows its sentence, with the placeholders left empty.
            log.warn("Unreadable arguments of a '{}' notification: {}", key, e.getMessage());
        }
        return new Message(key, arguments);
    }

    /** One argument; how it is shown depends on its type and on the reader's language. */
    record Arg(Type type, String value) {

        enum Type {
            /** Shown as it is: a title, a reason, a number. */
            TEXT,
            /** A message key, translated: a status or a phase. */
            KEY,
            /** An ISO date, formatted for the reader. */
            DATE,
            /** An ISO instant, shown as date and time in the Region's time zone, for the reader. */
            TIME,
            /** A cluster code, shown as the cluster's short label. */
            CLUSTER
        }

        Arg {
            value = value == null ? "" : value;
        }

        static Arg text(Object value) {
            String text = value == null ? "" : value.toString().strip();
            return new Arg(Type.TEXT, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
        }

        static Arg key(String key) {
            return new Arg(Type.KEY, key);
        }

        static Arg date(LocalDate date) {
            return new Arg(Type.DATE, date == null ? "" : date.toString());
        }

        static Arg time(java.time.Instant instant) {
            return new Arg(Type.TIME, instant == null ? "" : instant.toString());
        }

        static Arg cluster(String code) {
            return new Arg(Type.CLUSTER, code);
        }
    }
}
