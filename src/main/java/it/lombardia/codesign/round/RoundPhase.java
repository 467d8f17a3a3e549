package it.lombardia.codesign.round;

/**
 * Where an EDP round stands. The four working phases have planned dates; a round is planned before
 * drafting starts and closed after consolidation. What each role may do in each phase is decided by
 * the proposal and review features from these capabilities.
 */
public enum RoundPhase {
    PLANNED, DRAFTING, CO_DESIGN, REVIEW, CONSOLIDATION, CLOSED;

    /** The phases that have dates of their own, in order. */
    public static final java.util.List<RoundPhase> SCHEDULED = java.util.List.of(DRAFTING, CO_DESIGN, REVIEW,
            CONSOLIDATION);

    public String labelKey() {
        return "round.phase." + name();
    }

    /** Representatives write, invite and submit proposals. */
    public boolean allowsDrafting() {
        return this == DRAFTING || this == CO_DESIGN;
    }

    /** Clusters refine and merge proposals. */
    public boolean allowsMerging() {
        return this == CO_DESIGN || this == REVIEW;
    }

    /** Reviewers assess and decide; clusters answer change requests. */
    public boolean allowsReview() {
        return this == REVIEW;
    }

    public boolean closed() {
        return this == CLOSED;
    }

    /** The phase after this one; CLOSED stays closed. */
    public RoundPhase next() {
        return this == CLOSED ? CLOSED : values()[ordinal() + 1];
    }
}
