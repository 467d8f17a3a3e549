package it.lombardia.codesign.proposal;

/** What an entry in a proposal's history records. */
public enum HistoryKind {
    CREATED, EDITED, TRANSITION, INVITED, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_CANCELLED, MERGED_IN,
    /** A working-group meeting recorded a decision about the proposal. */
    MEETING_DECISION,
    /** A meeting's decision about the proposal was withdrawn (the entry of the decision stays). */
    MEETING_DECISION_WITHDRAWN;

    public String labelKey() {
        return "workflow.history." + name();
    }
}
