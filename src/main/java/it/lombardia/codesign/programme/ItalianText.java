package it.lombardia.codesign.programme;

import java.util.Objects;

/**
 * The rule for the Italian version of a programme text: it translates the text as written, so it
 * stays only while that text stays the same. When the text changes (an approved proposal, region
 * staff consolidating), a translation of the old words would say something else: it is dropped, and
 * Italian pages show the new text as written until someone gives its Italian version.
 */
final class ItalianText {

    private ItalianText() {
    }

    static String kept(String before, String after, String italian) {
        return Objects.equals(before, after) ? italian : null;
    }
}
