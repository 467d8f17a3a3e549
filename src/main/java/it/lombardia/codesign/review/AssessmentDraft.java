package it.lombardia.codesign.review;

/**
 * What a reviewer writes: three scores from 1 to 5 (a null score is missing), a comment and private
 * notes for region staff, and the public answer the proposing clusters read.
 */
public record AssessmentDraft(Integer alignment, Integer impact, Integer feasibility, String comment,
                              String privateNotes, String publicAnswer) {
}
