package it.lombardia.codesign.poll;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One voter's answer: a weight per option id. Single and multiple choice give the chosen options 1,
 * dot voting the dots given (options without dots are left out), ranking the rank, 1 for first.
 */
public record Ballot(Map<Long, Integer> marks) {

    public Ballot {
        marks = marks == null ? Map.of() : Map.copyOf(new TreeMap<>(marks));
    }

    public static Ballot single(long optionId) {
        return new Ballot(Map.of(optionId, 1));
    }

    public static Ballot multiple(Collection<Long> optionIds) {
        Map<Long, Integer> marks = new LinkedHashMap<>();
        optionIds.forEach(id -> marks.put(id, 1));
        return new Ballot(marks);
    }

    /** Dots per option id; options given no dots may be left out or given 0. */
    public static Ballot dots(Map<Long, Integer> dotsPerOption) {
        Map<Long, Integer> marks = new LinkedHashMap<>();
        dotsPerOption.forEach((id, dots) -> {
            if (dots != null && dots != 0) {
                marks.put(id, dots);
            }
        });
        return new Ballot(marks);
    }

    /** The option ids, most preferred first. */
    public static Ballot ranking(List<Long> optionIdsInOrder) {
        Map<Long, Integer> marks = new LinkedHashMap<>();
        for (int i = 0; i < optionIdsInOrder.size(); i++) {
            marks.put(optionIdsInOrder.get(i), i + 1);
        }
        return new Ballot(marks);
    }

    public Set<Long> chosen() {
        return marks.keySet();
    }

    public int weight(long optionId) {
        return marks.getOrDefault(optionId, 0);
    }

    /** The option ids by rank (or weight), lowest first. */
    public List<Long> ranked() {
        return marks.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    }

    public int total() {
        return marks.values().stream().mapToInt(Integer::intValue).sum();
    }
}
