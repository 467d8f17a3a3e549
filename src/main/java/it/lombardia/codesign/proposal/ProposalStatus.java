package it.lombardia.codesign.proposal;

/** Draft and submitted for now; the review workflow adds the rest. */
public enum ProposalStatus {
    DRAFT, SUBMITTED;

    public String labelKey() {
        return "proposal.status." + name();
    }
}
