package it.lombardia.codesign.poll;

import java.time.Instant;
import java.util.List;

/**
 * A poll as one user sees it. {@code results} is null while they are hidden (the poll shows them
 * when it closes and has not closed yet), for everyone, the poll's runner too; the turnout
 * ({@code ballots} of {@code electorate}) is always there. {@code myBallot} is the user's own
 * ballot, null before they vote. Anonymous polls never name voters: {@code voters} and every
 * result's {@code marks} are empty.
 */
public record PollView(long id, String venueType, long venueId, Long anchorId, String question, PollKind kind,
                       List<Option> options, Integer maxChoices, Integer dots, boolean anonymous, boolean resultsLive,
                       String openedByName, Instant openedAt, Instant closesAt, boolean closed, Instant closedAt,
                       String closedByName, int ballots, int electorate, Ballot myBallot, boolean mayVote,
                       boolean mayRun, List<Result> results, List<String> voters) {

    public PollView {
        options = List.copyOf(options);
        results = results == null ? null : List.copyOf(results);
        voters = List.copyOf(voters);
    }

    public boolean resultsShown() {
        return results != null;
    }

    public Option option(long optionId) {
        return options.stream().filter(o -> o.id() == optionId).findFirst().orElseThrow();
    }

    /** An option, in the order the poll offers them. */
    public record Option(long id, String label, Long proposalId) {
    }

    /**
     * How an option fared, results ordered best first (ties in the options' own order). {@code votes}:
     * ballots that chose it (single, multiple choice) or gave it dots (dot voting); {@code dots}: dots
     * given to it; {@code points}: Borda points (ranking: n-1 for first ... 0 for last);
     * {@code averagePosition}: its mean rank, null without ballots; {@code percent}: what the bar
     * shows, of ballots (single, multiple), of all dots (dot voting) or of the most points possible
     * (ranking). {@code marks}: who gave what, in named polls only.
     */
    public record Result(long optionId, String label, int place, int votes, int dots, int points,
                         Double averagePosition, double percent, List<Mark> marks) {

        public Result {
            marks = List.copyOf(marks);
        }
    }

    /** What one named voter gave an option: 1 for a choice, the dots, or the rank. */
    public record Mark(String voterName, int weight) {
    }
}
