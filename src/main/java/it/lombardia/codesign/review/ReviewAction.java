package it.lombardia.codesign.review;

/** What the signed-in user may do on a proposal's review page. */
public enum ReviewAction {
    /** Read scores, comments and private notes of every assessment. */
    READ_ASSESSMENTS,
    /** Write one's own assessment. */
    ASSESS,
    /** Assign reviewers, change due dates and remove reviewers. */
    ASSIGN,
    /** Take the review of the proposal for oneself. */
    TAKE
}
