package it.lombardia.codesign.poll;

import java.time.Instant;
import java.util.List;

/**
 * A poll to open in a venue, optionally about one thing in it ({@code anchorId}, such as an agenda
 * item). {@code maxChoices} counts for {@link PollKind#MULTIPLE} only, {@code dots} for
 * {@link PollKind#DOTS} only; {@code closesAt} null means the poll stays open until it is closed.
 * With {@code resultsLive} false nobody sees results before the poll closes.
 */
public record PollDraft(String venueType, long venueId, Long anchorId, String question, PollKind kind,
                        List<PollOptionDraft> options, Integer maxChoices, Integer dots, boolean anonymous,
                        boolean resultsLive, Instant closesAt) {

    public PollDraft {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
