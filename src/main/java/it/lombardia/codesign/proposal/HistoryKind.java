package it.lombardia.codesign.proposal;

/** What an entry in a proposal's history records. */
public enum HistoryKind {
    CREATED, EDITED, TRANSITION, INVITED, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_CANCELLED, MERGED_IN;

    public String labelKey() {
        return "workflow.history." + name();
    }
}
