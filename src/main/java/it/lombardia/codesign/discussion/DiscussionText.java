package it.lombardia.codesign.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formatting of comments: plain text with line breaks, links (http and https addresses) and
 * mentions ({@code @username}). Nothing else has a meaning; the UI shows everything else as text.
 */
public final class DiscussionText {

    public static final int BODY_MAX = 4000;
    private static final int EXCERPT = 200;

    /** A mention: {@code @} not preceded by a word character, dot or {@code @} (so e-mail addresses are no mentions). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([a-zA-Z0-9](?:[a-zA-Z0-9._-]*[a-zA-Z0-9])?)");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile(LINK.pattern() + "|" + MENTION.pattern(), Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}'\"";

    /** What a piece of a line is. */
    public enum Kind { TEXT, LINK, MENTION }

    /** A piece of a line: its kind and its text ({@code @name} for a mention, the address for a link). */
    public record Part(Kind kind, String text) {
    }

    private DiscussionText() {
    }

    /** The text as stored: line breaks as {@code \n}, surrounding blank space removed. */
    public static String normalize(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Usernames mentioned, lower-cased, in order of appearance. */
    public static Set<String> mentions(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body == null ? "" : body);
        while (m.find()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** The lines of the text, each split into text, links and mentions. */
    public static List<List<Part>> lines(String body) {
        List<List<Part>> lines = new ArrayList<>();
        for (String line : normalize(body).split("\n", -1)) {
            lines.add(parts(line));
        }
        return lines;
    }

    static List<Part> parts(String line) {
        List<Part> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        int at = 0;
        while (m.find()) {
            String token = m.group();
            int end = m.end();
            Kind kind = token.startsWith("@") ? Kind.MENTION : Kind.LINK;
            if (kind == Kind.LINK) {
                // "see https://example.org." ends the sentence, not the address
                while (token.length() > 8 && TRAILING.indexOf(token.charAt(token.length() - 1)) >= 0) {
                    token = token.substring(0, token.length() - 1);
                    end--;
                }
            }
            if (m.start() > at) {
                parts.add(new Part(Kind.TEXT, line.substring(at, m.start())));
            }
            parts.add(new Part(kind, token));
            at = end;
        }
        if (at < line.length()) {
            parts.add(new Part(Kind.TEXT, line.substring(at)));
        }
        return parts;
    }

    /** The beginning of the text on one line, for notifications. */
    public static String excerpt(String body) {
        String flat = normalize(body).replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
