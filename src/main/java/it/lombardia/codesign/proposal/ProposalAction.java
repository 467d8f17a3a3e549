package it.lombardia.codesign.proposal;

/** What someone may try to do with a proposal; {@link ProposalWorkflow} says who may, when. */
public enum ProposalAction {
    EDIT, INVITE, SUBMIT, RESUBMIT, WITHDRAW, ANSWER_INVITATION, START_REVIEW, REQUEST_CHANGES, APPROVE, REJECT, MERGE
}
