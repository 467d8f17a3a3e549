package it.lombardia.codesign.publication;

import java.util.Locale;
import java.util.Objects;

/** A document to make: the Work Programme edition or a round's report, in a language and a format. */
public record ExportRequest(Kind kind, long id, Locale locale, ChapterMode mode, DocumentFormat format) {

    public enum Kind { EDITION, ROUND_REPORT }

    public ExportRequest {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(format);
        locale = locale == null ? Locale.ENGLISH : locale;
        mode = mode == null ? ChapterMode.BY_ECOSYSTEM : mode;
    }

    public static ExportRequest edition(long editionId, Locale locale, ChapterMode mode, DocumentFormat format) {
        return new ExportRequest(Kind.EDITION, editionId, locale, mode, format);
    }

    public static ExportRequest roundReport(long roundId, Locale locale, DocumentFormat format) {
        return new ExportRequest(Kind.ROUND_REPORT, roundId, locale, null, format);
    }
}
