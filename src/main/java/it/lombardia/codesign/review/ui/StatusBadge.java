package it.lombardia.codesign.review.ui;

import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.ui.Badge;

/** A proposal's status as a badge; the status is always written out, the colour only helps. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Badge of(ProposalStatus status, String label) {
        String variant = switch (status) {
            case DRAFT, WITHDRAWN, MERGED -> "contrast";
            case SUBMITTED, UNDER_REVIEW, RESUBMITTED -> "";
            case CHANGES_REQUESTED -> "warning";
            case APPROVED -> "success";
            case REJECTED -> "error";
        };
        Badge badge = new Badge(label, variant);
        badge.addClassName("status-badge");
        return badge;
    }
}
