package it.lombardia.codesign.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a text, word by word. The segments, in reading order,
 * rebuild both texts exactly: the unchanged and removed ones give the old text, the unchanged and
 * added ones the new text. Within a change the removed text comes before the added text.
 *
 * <p>Words are runs of letters and digits; every run of white space and every other character is a
 * token of its own, so a changed comma or line break shows as such. A lone space between two changed
 * words is folded into the change, so that "red apple" to "green pear" reads as one replacement
 * rather than two. Texts of 10,000 characters compare in milliseconds (longest common subsequence in
 * linear memory, after skipping the common start and end).
 *
 * @param segments never empty ones; adjacent segments never have the same kind
 */
public record TextDiff(List<Segment> segments) {

    public enum Kind { UNCHANGED, ADDED, REMOVED }

    /** A piece of text that both versions share, or that only the new or only the old one has. */
    public record Segment(Kind kind, String text) {
        public Segment {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(text);
        }
    }

    public TextDiff {
        segments = List.copyOf(segments);
    }

    /** Compares two versions of a text; null counts as empty. */
    public static TextDiff compare(String before, String after) {
        String oldText = before == null ? "" : before;
        String newText = after == null ? "" : after;
        if (oldText.equals(newText)) {
            return new TextDiff(oldText.isEmpty() ? List.of() : List.of(new Segment(Kind.UNCHANGED, oldText)));
        }
        return new TextDiff(Hunks.of(tokenLevel(oldText, newText)));
    }

    /** One segment per token, before merging; a shortest edit script. */
    static List<Segment> tokenLevel(String before, String after) {
        return new Comparison(tokens(before), tokens(after)).segments();
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.kind() != Kind.UNCHANGED);
    }

    /** The old text, rebuilt from the segments. */
    public String before() {
        return join(Kind.REMOVED);
    }

    /** The new text, rebuilt from the segments. */
    public String after() {
        return join(Kind.ADDED);
    }

    private String join(Kind side) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.kind() == Kind.UNCHANGED || segment.kind() == side) {
                text.append(segment.text());
            }
        }
        return text.toString();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            if (isWordPart(first) || Character.isWhitespace(first)) {
                boolean word = isWordPart(first);
                while (i < text.length()) {
                    int next = text.codePointAt(i);
                    if (word ? !isWordPart(next) : !Character.isWhitespace(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWordPart(int codePoint) {
        // Combining marks keep decomposed accents (e + U+0301) inside their word.
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    /** One comparison: marks which old tokens were removed and which new tokens were added. */
    private static final class Comparison {

        private final List<String> oldTokens;
        private final List<String> newTokens;
        private final int[] a;
        private final int[] b;
        private final boolean[] removed;
        private final boolean[] added;
        private final int[] forward;
        private final int[] backward;

        Comparison(List<String> oldTokens, List<String> newTokens) {
            this.oldTokens = oldTokens;
            this.newTokens = newTokens;
            // Integers compare faster than strings in the inner loop.
            Map<String, Integer> ids = new HashMap<>();
            a = oldTokens.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
            b = newTokens.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
            removed = new boolean[a.length];
            added = new boolean[b.length];
            forward = new int[b.length + 1];
            backward = new int[b.length + 1];
            mark(0, a.length, 0, b.length);
        }

        /** Hirschberg: split the old tokens in half, find where the new ones split best, recurse. */
        private void mark(int aLo, int aHi, int bLo, int bHi) {
            while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
                aLo++;
                bLo++;
            }
            while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
                aHi--;
                bHi--;
            }
            if (aLo == aHi || bLo == bHi) {
                fill(removed, aLo, aHi);
                fill(added, bLo, bHi);
                return;
            }
            if (aHi - aLo == 1) {
                int match = indexOf(a[aLo], bLo, bHi);
                if (match < 0) {
                    removed[aLo] = true;
                }
                for (int j = bLo; j < bHi; j++) {
                    added[j] = j != match;
                }
                return;
            }
            int aMid = (aLo + aHi) >>> 1;
            lcsLengthsForward(aLo, aMid, bLo, bHi);
            lcsLengthsBackward(aMid, aHi, bLo, bHi);
            int split = 0;
            int best = -1;
            for (int j = 0; j <= bHi - bLo; j++) {
                int length = forward[j] + backward[j];
                if (length > best) {
                    best = length;
                    split = j;
                }
            }
            mark(aLo, aMid, bLo, bLo + split);
            mark(aMid, aHi, bLo + split, bHi);
        }

        /** forward[j]: length of the longest common subsequence of a[aLo..aHi) and b[bLo..bLo+j). */
        private void lcsLengthsForward(int aLo, int aHi, int bLo, int bHi) {
            int m = bHi - bLo;
            Arrays.fill(forward, 0, m + 1, 0);
            for (int i = aLo; i < aHi; i++) {
                int diagonal = 0;
                int token = a[i];
                for (int j = 1; j <= m; j++) {
                    int above = forward[j];
                    forward[j] = token == b[bLo + j - 1] ? diagonal + 1 : Math.max(above, forward[j - 1]);
                    diagonal = above;
                }
            }
        }

        /** backward[j]: length of the longest common subsequence of a[aLo..aHi) and b[bLo+j..bHi). */
        private void lcsLengthsBackward(int aLo, int aHi, int bLo, int bHi) {
            int m = bHi - bLo;
            Arrays.fill(backward, 0, m + 1, 0);
            for (int i = aHi - 1; i >= aLo; i--) {
                int diagonal = 0;
                int token = a[i];
                for (int j = m - 1; j >= 0; j--) {
                    int below = backward[j];
                    backward[j] = token == b[bLo + j] ? diagonal + 1 : Math.max(below, backward[j + 1]);
                    diagonal = below;
                }
            }
        }

        private int indexOf(int token, int from, int to) {
            for (int j = from; j < to; j++) {
                if (b[j] == token) {
                    return j;
                }
            }
            return -1;
        }

        private static void fill(boolean[] marks, int from, int to) {
            Arrays.fill(marks, from, to, true);
        }

        List<Segment> segments() {
            List<Segment> raw = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.length || j < b.length) {
                if (i < a.length && removed[i]) {
                    raw.add(new Segment(Kind.REMOVED, oldTokens.get(i++)));
                } else if (j < b.length && added[j]) {
                    raw.add(new Segment(Kind.ADDED, newTokens.get(j++)));
                } else {
                    raw.add(new Segment(Kind.UNCHANGED, oldTokens.get(i++)));
                    j++;
                }
            }
            return raw;
        }
    }

    /** Merges token-sized segments into readable ones: one removal and one addition per change. */
    private static final class Hunks {

        private final List<Segment> result = new ArrayList<>();
        private final StringBuilder unchanged = new StringBuilder();
        private final StringBuilder removed = new StringBuilder();
        private final StringBuilder added = new StringBuilder();

        static List<Segment> of(List<Segment> tokens) {
            Hunks hunks = new Hunks();
            for (int k = 0; k < tokens.size(); k++) {
                Segment token = tokens.get(k);
                if (token.kind() == Kind.UNCHANGED && isGlue(token.text()) && inChange(tokens, k)) {
                    // Shared by both sides of the change, so it belongs to both.
                    hunks.removed.append(token.text());
                    hunks.added.append(token.text());
                } else if (token.kind() == Kind.UNCHANGED) {
                    hunks.flushChange();
                    hunks.unchanged.append(token.text());
                } else {
                    hunks.flushUnchanged();
                    (token.kind() == Kind.ADDED ? hunks.added : hunks.removed).append(token.text());
                }
            }
            hunks.flushChange();
            hunks.flushUnchanged();
            return hunks.result;
        }

        private static boolean isGlue(String text) {
            return text.isBlank() && text.indexOf('\n') < 0;
        }

        private static boolean inChange(List<Segment> tokens, int k) {
            return k > 0 && k < tokens.size() - 1
                    && tokens.get(k - 1).kind() != Kind.UNCHANGED && tokens.get(k + 1).kind() != Kind.UNCHANGED;
        }

        private void flushUnchanged() {
            if (!unchanged.isEmpty()) {
                result.add(new Segment(Kind.UNCHANGED, unchanged.toString()));
                unchanged.setLength(0);
            }
        }

        private void flushChange() {
            if (!removed.isEmpty() || !added.isEmpty()) {
                flushUnchanged();
            }
            if (!removed.isEmpty()) {
                result.add(new Segment(Kind.REMOVED, removed.toString()));
                removed.setLength(0);
            }
            if (!added.isEmpty()) {
                result.add(new Segment(Kind.ADDED, added.toString()));
                added.setLength(0);
            }
        }
    }
}
