package it.lombardia.codesign.poll;

import it.lombardia.codesign.shared.TranslatableException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What a poll and a ballot must be: the checks {@link PollService} makes before it saves anything. */
final class PollRules {

    static final int QUESTION_MAX = 300;
    static final int LABEL_MAX = 200;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 20;
    static final int DOTS_MAX = 100;

    private PollRules() {
    }

    /** The draft's cleaned-up question and options, or every problem with it at once. */
    static Checked check(PollDraft draft, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String question = draft.question() == null ? "" : draft.question().strip();
        if (question.isEmpty()) {
            errors.put("question", "poll.error.question-required");
        } else if (question.length() > QUESTION_MAX) {
            errors.put("question", "poll.error.question-too-long");
        }
        if (draft.kind() == null) {
            errors.put("kind", "poll.error.kind-required");
        }
        List<PollOptionDraft> options = draft.options().stream()
                .map(o -> new PollOptionDraft(o.label() == null ? "" : o.label().strip(), o.proposalId())).toList();
        Set<String> labels = new HashSet<>();
        if (options.size() < OPTIONS_MIN) {
            errors.put("options", "poll.error.too-few-options");
        } else if (options.size() > OPTIONS_MAX) {
            errors.put("options", "poll.error.too-many-options");
        } else if (options.stream().anyMatch(o -> o.label().isEmpty())) {
            errors.put("options", "poll.error.option-empty");
        } else if (options.stream().anyMatch(o -> o.label().length() > LABEL_MAX)) {
            errors.put("options", "poll.error.option-too-long");
        } else if (!options.stream().allMatch(o -> labels.add(o.label().toLowerCase(Locale.ROOT)))) {
            errors.put("options", "poll.error.duplicate-option");
        }
        if (draft.kind() == PollKind.MULTIPLE && (draft.maxChoices() == null || draft.maxChoices() < 1
                || draft.maxChoices() > Math.max(1, options.size()))) {
            errors.put("maxChoices", "poll.error.max-choices");
        }
        if (draft.kind() == PollKind.DOTS && (draft.dots() == null || draft.dots() < 1 || draft.dots() > DOTS_MAX)) {
            errors.put("dots", "poll.error.dots");
        }
        if (draft.closesAt() != null && !draft.closesAt().isAfter(now)) {
            errors.put("closesAt", "poll.error.closes-in-past");
        }
        if (!errors.isEmpty()) {
            throw new PollInputException(errors);
        }
        return new Checked(question, options);
    }

    record Checked(String question, List<PollOptionDraft> options) {
    }

    /** Refuses a ballot that is not a valid answer to the poll. */
    static void check(Poll poll, List<PollOption> options, Ballot ballot) {
        Set<Long> optionIds = new HashSet<>();
        options.forEach(o -> optionIds.add(o.getId()));
        Map<Long, Integer> marks = ballot == null ? Map.of() : ballot.marks();
        if (!optionIds.containsAll(marks.keySet())) {
            throw new TranslatableException("poll.error.unknown-option");
        }
        switch (poll.getKind()) {
            case SINGLE -> {
                if (marks.size() != 1 || !marks.values().stream().allMatch(w -> w == 1)) {
                    throw new TranslatableException("poll.error.ballot-single");
                }
            }
            case MULTIPLE -> {
                if (marks.isEmpty() || marks.size() > poll.getMaxChoices()
                        || !marks.values().stream().allMatch(w -> w == 1)) {
                    throw new TranslatableException("poll.error.ballot-multiple", poll.getMaxChoices());
                }
            }
            case DOTS -> {
                int spent = marks.values().stream().mapToInt(Integer::intValue).sum();
                if (marks.values().stream().anyMatch(w -> w < 1) || spent < 1 || spent > poll.getDots()) {
                    throw new TranslatableException("poll.error.ballot-dots", poll.getDots());
                }
            }
            case RANKING -> {
                Set<Integer> ranks = new HashSet<>(marks.values());
                boolean permutation = marks.size() == options.size() && ranks.size() == options.size()
                        && ranks.stream().allMatch(r -> r >= 1 && r <= options.size());
                if (!permutation) {
                    throw new TranslatableException("poll.error.ballot-ranking");
                }
            }
        }
    }
}
