package it.lombardia.codesign.review;

import java.util.List;
import java.util.function.ToIntFunction;

/** The mean of each score over a proposal's assessments; zero assessments give no means. */
public record ScoreAverages(int count, Double alignment, Double impact, Double feasibility) {

    public static ScoreAverages of(List<AssessmentDetails> assessments) {
        return new ScoreAverages(assessments.size(), mean(assessments, AssessmentDetails::alignment),
                mean(assessments, AssessmentDetails::impact), mean(assessments, AssessmentDetails::feasibility));
    }

    /** The mean of the three means, or null without assessments. */
    public Double overall() {
        return count == 0 ? null : (alignment + impact + feasibility) / 3;
    }

    private static Double mean(List<AssessmentDetails> assessments, ToIntFunction<AssessmentDetails> score) {
        return assessments.isEmpty() ? null : assessments.stream().mapToInt(score).average().orElseThrow();
    }
}
