package it.lombardia.codesign.proposal;

public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED;

    public String labelKey() {
        return "workflow.invitation." + name();
    }
}
