package it.lombardia.codesign.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a proposal: draft, submitted, under review, changes requested, resubmitted, then
 * approved or rejected; withdrawn by its cluster before a decision, or merged into another one.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, CHANGES_REQUESTED, RESUBMITTED, APPROVED, REJECTED, WITHDRAWN, MERGED;

    /** States after which nothing more happens to the proposal. */
    public static final Set<ProposalStatus> FINAL = EnumSet.of(APPROVED, REJECTED, WITHDRAWN, MERGED);
    /** States waiting for a reviewer. */
    public static final Set<ProposalStatus> AWAITING_REVIEW = EnumSet.of(SUBMITTED, UNDER_REVIEW, RESUBMITTED);

    public String labelKey() {
        return "proposal.status." + name();
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
