package it.lombardia.codesign.poll;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Counts a poll's ballots. Single and multiple choice: ballots per option, as a share of all
 * ballots. Dot voting: dots per option, as a share of all dots given. Ranking: Borda points (n-1 for
 * a first place ... 0 for the last) and the mean position, as a share of the most points an option
 * could have got. Best first; equal results keep the options' own order.
 */
final class PollResults {

    private PollResults() {
    }

    /** A ballot with its voter's display name, null in anonymous polls. */
    record Counted(String voterName, Ballot ballot) {
    }

    static List<PollView.Result> count(PollKind kind, List<PollView.Option> options, List<Counted> ballots) {
        int n = options.size();
        int totalDots = ballots.stream().mapToInt(b -> b.ballot().total()).sum();
        List<Row> rows = new ArrayList<>();
        for (int position = 0; position < n; position++) {
            PollView.Option option = options.get(position);
            int votes = 0;
            int dots = 0;
            int points = 0;
            int rankSum = 0;
            List<PollView.Mark> marks = new ArrayList<>();
            for (Counted counted : ballots) {
                int weight = counted.ballot().weight(option.id());
                if (weight == 0) {
                    continue;
                }
                votes++;
                dots += weight;
                points += n - weight;
                rankSum += weight;
                if (counted.voterName() != null) {
                    marks.add(new PollView.Mark(counted.voterName(), weight));
                }
            }
            marks.sort(kind == PollKind.RANKING
                    ? Comparator.comparingInt(PollView.Mark::weight).thenComparing(PollView.Mark::voterName, String.CASE_INSENSITIVE_ORDER)
                    : Comparator.comparing(PollView.Mark::voterName, String.CASE_INSENSITIVE_ORDER));
            double percent = switch (kind) {
                case SINGLE, MULTIPLE -> share(votes, ballots.size());
                case DOTS -> share(dots, totalDots);
                case RANKING -> share(points, ballots.size() * (n - 1));
            };
            Double average = kind == PollKind.RANKING && votes > 0 ? (double) rankSum / votes : null;
            rows.add(new Row(position, option, votes,
                    kind == PollKind.DOTS ? dots : 0, kind == PollKind.RANKING ? points : 0, average, percent, marks));
        }
        Function<Row, Integer> score = switch (kind) {
            case SINGLE, MULTIPLE -> Row::votes;
            case DOTS -> Row::dots;
            case RANKING -> Row::points;
        };
        rows.sort(Comparator.comparing(score).reversed().thenComparingInt(Row::position));
        List<PollView.Result> results = new ArrayList<>();
        int place = 0;
        Integer previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int value = score.apply(row);
            if (previous == null || value != previous) {
                place = i + 1;
                previous = value;
            }
            results.add(new PollView.Result(row.option().id(), row.option().label(), place, row.votes(), row.dots(),
                    row.points(), row.average(), row.percent(), row.marks()));
        }
        return results;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private record Row(int position, PollView.Option option, int votes, int dots, int points, Double average,
                       double percent, List<PollView.Mark> marks) {
    }
}
