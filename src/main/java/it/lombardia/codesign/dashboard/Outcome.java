package it.lombardia.codesign.dashboard;

import it.lombardia.codesign.proposal.ProposalStatus;

/**
 * Where a proposal stands, in the few groups people ask about: the states waiting for a reviewer
 * are one group, and so are the proposals that left the round without a decision.
 */
public enum Outcome {
    APPROVED, REJECTED, CHANGES_REQUESTED, AWAITING_REVIEW, DRAFT, WITHDRAWN_OR_MERGED;

    public static Outcome of(ProposalStatus status) {
        return switch (status) {
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
            case CHANGES_REQUESTED -> CHANGES_REQUESTED;
            case SUBMITTED, UNDER_REVIEW, RESUBMITTED -> AWAITING_REVIEW;
            case DRAFT -> DRAFT;
            case WITHDRAWN, MERGED -> WITHDRAWN_OR_MERGED;
        };
    }

    public String labelKey() {
        return "dashboard.outcome." + name();
    }
}
