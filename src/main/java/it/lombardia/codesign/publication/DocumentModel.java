package it.lombardia.codesign.publication;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A document before it has a format: the cover, the index heading and the chapters made of a few
 * kinds of blocks. Built once from the data and then written as PDF or Word, so both say the same.
 * {@code language} is the language it is written in (the tagged PDF declares it).
 */
record DocumentModel(String title, Locale language, List<String> cover, String coverNote, String indexHeading,
                     List<Chapter> chapters, IntFunction<String> footer) {

    record Chapter(String title, List<Block> blocks) {
    }

    sealed interface Block permits Heading, Subheading, Text, Note, Field, Bullets, Table {
    }

    /** A section within a chapter. */
    record Heading(String text) implements Block {
    }

    /** A titled item within a section (a priority). */
    record Subheading(String text) implements Block {
    }

    record Text(String text) implements Block {
    }

    /** Secondary text, set smaller. */
    record Note(String text) implements Block {
    }

    /** A labelled value: "TRL: 4–7". */
    record Field(String label, String value) implements Block {
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {
    }

    record Table(List<String> headers, List<List<String>> rows, float[] widths) implements Block {
    }
}
