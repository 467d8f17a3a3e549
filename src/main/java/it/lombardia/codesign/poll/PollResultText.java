package it.lombardia.codesign.poll;

import java.util.Locale;

/** How a poll's results read, the same on the poll's card and in a meeting report. */
public final class PollResultText {

    /** Looks up a message key with its arguments in the reader's language. */
    @FunctionalInterface
    public interface Translator {
        String t(String key, Object... arguments);
    }

    private PollResultText() {
    }

    /** The option's result: votes and share, dots and share, or points and average position. */
    public static String numbers(PollKind kind, PollView.Result result, Locale locale, Translator translator) {
        String percent = String.format(locale, "%.1f", result.percent());
        return switch (kind) {
            case SINGLE, MULTIPLE -> translator.t("poll.results.votes", result.votes(), percent);
            case DOTS -> translator.t("poll.results.dots", result.dots(), percent);
            case RANKING -> translator.t("poll.results.points", result.points(),
                    result.averagePosition() == null ? "–" : String.format(locale, "%.1f", result.averagePosition()));
        };
    }

    /** Who gave the option what, in a named poll. */
    public static String mark(PollKind kind, PollView.Mark mark, Translator translator) {
        return switch (kind) {
            case SINGLE, MULTIPLE -> mark.voterName();
            case DOTS -> translator.t("poll.results.voter-dots", mark.voterName(), mark.weight());
            case RANKING -> translator.t("poll.results.voter-rank", mark.voterName(), mark.weight());
        };
    }

    public static String kindKey(PollKind kind) {
        return "poll.kind." + kind.name().toLowerCase(Locale.ROOT);
    }
}
