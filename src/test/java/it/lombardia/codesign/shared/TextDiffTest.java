package it.lombardia.codesign.shared;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.shared.TextDiff.Kind;
import it.lombardia.codesign.shared.TextDiff.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void identicalTextsHaveNoChanges() {
        TextDiff diff = TextDiff.compare("Green hydrogen for steel plants.", "Green hydrogen for steel plants.");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.segments()).containsExactly(unchanged("Green hydrogen for steel plants."));
    }

    @Test
    void nullIsEmpty() {
        assertThat(TextDiff.compare(null, null).segments()).isEmpty();
        assertThat(TextDiff.compare(null, "").hasChanges()).isFalse();
        assertThat(TextDiff.compare(null, "New text").segments()).containsExactly(added("New text"));
        assertThat(TextDiff.compare("Old text", null).segments()).containsExactly(removed("Old text"));
    }

    @Test
    void aReplacedWordIsOneRemovalAndOneAddition() {
        TextDiff diff = TextDiff.compare("The quick brown fox jumps.", "The quick red fox jumps.");

        assertThat(diff.segments()).containsExactly(unchanged("The quick "), removed("brown"), added("red"),
                unchanged(" fox jumps."));
        assertThat(diff.hasChanges()).isTrue();
    }

    @Test
    void wordsChangeWhole() {
        TextDiff diff = TextDiff.compare("sustainability", "sustainable");

        assertThat(diff.segments()).containsExactly(removed("sustainability"), added("sustainable"));
    }

    @Test
    void aLoneSpaceBetweenChangedWordsJoinsTheChange() {
        TextDiff diff = TextDiff.compare("We need red apples today", "We need green pears today");

        assertThat(diff.segments()).containsExactly(unchanged("We need "), removed("red apples"),
                added("green pears"), unchanged(" today"));
    }

    @Test
    void punctuationAndLineBreaksAreChangesOfTheirOwn() {
        TextDiff diff = TextDiff.compare("Hello, world.\nSecond line", "Hello world!\n\nSecond line");

        assertThat(diff.segments()).containsExactly(unchanged("Hello"), removed(","), unchanged(" world"),
                removed(".\n"), added("!\n\n"), unchanged("Second line"));
    }

    @Test
    void insertionsAndDeletionsAtBothEnds() {
        TextDiff diff = TextDiff.compare("draft: call for proposals", "call for proposals 2026");

        assertThat(diff.segments()).containsExactly(removed("draft: "), unchanged("call for proposals"),
                added(" 2026"));
    }

    @Test
    void accentsAndApostrophesStayReadable() {
        TextDiff diff = TextDiff.compare("l'ecosistema dell'innovazione è pronto", "l'ecosistema dell'innovazione è già pronto");

        assertThat(diff.segments()).containsExactly(unchanged("l'ecosistema dell'innovazione è "), added("già "),
                unchanged("pronto"));
    }

    @Test
    void bothTextsAreRebuiltExactlyAndTheEditIsMinimal() {
        Random random = new Random(42);
        String[] words = {"a", "b", "c", "green", " ", "  ", ",", ".", "\n", "è"};
        for (int round = 0; round < 500; round++) {
            String before = randomText(random, words, random.nextInt(25));
            String after = randomText(random, words, random.nextInt(25));

            TextDiff diff = TextDiff.compare(before, after);
            List<Segment> tokens = TextDiff.tokenLevel(before, after);

            assertThat(diff.before()).as("%s -> %s", before, after).isEqualTo(before);
            assertThat(diff.after()).as("%s -> %s", before, after).isEqualTo(after);
            long kept = tokens.stream().filter(s -> s.kind() == Kind.UNCHANGED).count();
            assertThat(kept).as("%s -> %s", before, after)
                    .isEqualTo(lcsLength(TextDiff.tokens(before), TextDiff.tokens(after)));
            for (int i = 1; i < diff.segments().size(); i++) {
                assertThat(diff.segments().get(i).kind()).isNotEqualTo(diff.segments().get(i - 1).kind());
            }
            assertThat(diff.segments()).noneMatch(s -> s.text().isEmpty());
        }
    }

    @Test
    void tenThousandCharacterTextsCompareQuickly() {
        Random random = new Random(7);
        String before = prose(random, 10_000);
        String edited = editEveryFewWords(random, before);
        String unrelated = prose(new Random(8), 10_000);

        long start = System.nanoTime();
        TextDiff small = TextDiff.compare(before, edited);
        TextDiff total = TextDiff.compare(before, unrelated);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(small.after()).isEqualTo(edited);
        assertThat(total.after()).isEqualTo(unrelated);
        assertThat(small.hasChanges()).isTrue();
        // generous for a shared build machine; it takes a few tens of milliseconds
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    private static String randomText(Random random, String[] words, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    private static String prose(Random random, int length) {
        String[] words = {"innovation", "cluster", "ecosystem", "hydrogen", "mobility", "research", "the", "of",
                "and", "sustainable", "manufacturing", "data", "health", "priority", "regional"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]);
            text.append(random.nextInt(12) == 0 ? ". " : random.nextInt(40) == 0 ? "\n" : " ");
        }
        return text.substring(0, length);
    }

    private static String editEveryFewWords(Random random, String text) {
        List<String> tokens = new ArrayList<>(TextDiff.tokens(text));
        for (int i = 0; i < tokens.size(); i += 5 + random.nextInt(20)) {
            tokens.set(i, "changed");
        }
        return String.join("", tokens);
    }

    private static int lcsLength(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                lengths[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? lengths[i - 1][j - 1] + 1
                        : Math.max(lengths[i - 1][j], lengths[i][j - 1]);
            }
        }
        return lengths[a.size()][b.size()];
    }

    private static Segment unchanged(String text) {
        return new Segment(Kind.UNCHANGED, text);
    }

    private static Segment added(String text) {
        return new Segment(Kind.ADDED, text);
    }

    private static Segment removed(String text) {
        return new Segment(Kind.REMOVED, text);
    }
}
