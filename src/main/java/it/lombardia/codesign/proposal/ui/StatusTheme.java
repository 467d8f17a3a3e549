package it.lombardia.codesign.proposal.ui;

import it.lombardia.codesign.proposal.ProposalStatus;

/** The badge variant of a proposal status; the status is always written out too. */
final class StatusTheme {

    private StatusTheme() {
    }

    static String of(ProposalStatus status) {
        return switch (status) {
            case DRAFT, WITHDRAWN, MERGED -> "contrast";
            case SUBMITTED, UNDER_REVIEW, RESUBMITTED -> "";
            case CHANGES_REQUESTED -> "warning";
            case APPROVED -> "success";
            case REJECTED -> "error";
        };
    }
}
