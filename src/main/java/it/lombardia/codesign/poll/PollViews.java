package it.lombardia.codesign.poll;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns polls into what one user sees of them: never hidden results, never the voters of an anonymous poll. */
@Component
class PollViews {

    private final PollOptionRepository options;
    private final PollBallotRepository ballots;
    private final AccountDirectory directory;

    PollViews(PollOptionRepository options, PollBallotRepository ballots, AccountDirectory directory) {
        this.options = options;
        this.ballots = ballots;
        this.directory = directory;
    }

    List<PollView> views(List<Poll> polls, PollVenue venue, Actor actor, Instant now) {
        if (polls.isEmpty()) {
            return List.of();
        }
        List<Long> ids = polls.stream().map(Poll::getId).toList();
        Map<Long, List<PollOption>> optionsByPoll = options.findByPollIdInOrderByPollIdAscPositionAsc(ids).stream()
                .collect(Collectors.groupingBy(PollOption::getPollId));
        Map<Long, List<PollBallot>> ballotsByPoll = ballots.findWithMarks(ids).stream()
                .collect(Collectors.groupingBy(PollBallot::getPollId));
        Set<String> people = new HashSet<>();
        polls.forEach(p -> {
            people.add(p.getOpenedBy());
            people.add(p.getClosedBy());
        });
        polls.stream().filter(p -> !p.isAnonymous()).forEach(p ->
                ballotsByPoll.getOrDefault(p.getId(), List.of()).forEach(b -> people.add(b.getVoter())));
        Names names = new Names(directory.displayNames(people));
        boolean mayRun = venue.mayRun(polls.getFirst().getVenueId(), actor);
        boolean mayVote = venue.mayVote(polls.getFirst().getVenueId(), actor);
        int electorate = venue.electorate(polls.getFirst().getVenueId());
        return polls.stream().map(p -> view(p, optionsByPoll.getOrDefault(p.getId(), List.of()),
                ballotsByPoll.getOrDefault(p.getId(), List.of()), actor, mayRun, mayVote, electorate, names, now)).toList();
    }

    private PollView view(Poll poll, List<PollOption> pollOptions, List<PollBallot> pollBallots, Actor actor,
                          boolean mayRun, boolean mayVote, int electorate, Names names, Instant now) {
        boolean closed = poll.isClosed(now);
        List<PollView.Option> optionViews = pollOptions.stream()
                .map(o -> new PollView.Option(o.getId(), o.getLabel(), o.getProposalId())).toList();
        // Once an anonymous poll has closed, nobody's ballot can be told apart, the voter's own neither.
        String me = AnonymousBallots.voter(poll, actor);
        Ballot mine = me == null ? null : pollBallots.stream().filter(b -> b.getVoter().equalsIgnoreCase(me))
                .findFirst().map(PollBallot::ballot).orElse(null);
        List<PollView.Result> results = null;
        List<String> voters = List.of();
        if (closed || poll.isResultsLive()) {
            results = PollResults.count(poll.getKind(), optionViews, pollBallots.stream()
                    .map(b -> new PollResults.Counted(poll.isAnonymous() ? null : names.of(b.getVoter()), b.ballot()))
                    .toList());
            if (!poll.isAnonymous()) {
                voters = pollBallots.stream().map(b -> names.of(b.getVoter()))
                        .sorted(String.CASE_INSENSITIVE_ORDER).toList();
            }
        }
        return new PollView(poll.getId(), poll.getVenueType(), poll.getVenueId(), poll.getAnchorId(), poll.getQuestion(),
                poll.getKind(), optionViews, poll.getMaxChoices(), poll.getDots(), poll.isAnonymous(), poll.isResultsLive(),
                names.of(poll.getOpenedBy()), poll.getOpenedAt(), poll.getClosesAt(), closed, poll.closedAt(now),
                names.of(poll.getClosedBy()), pollBallots.size(), electorate, mine, mayVote && !closed, mayRun,
                results, voters);
    }

    /** Display names of everyone the polls mention, read at once. */
    record Names(Map<String, String> byUsername) {

        String of(String username) {
            return username == null ? null : byUsername.getOrDefault(username, username);
        }
    }
}
