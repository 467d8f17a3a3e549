package it.lombardia.codesign.notification;

/** What a notification is about; decides its e-mail subject. */
public enum NotificationKind {
    PROPOSAL_STATUS,
    CHANGES_REQUESTED,
    REVIEW_NEEDED,
    REVIEWER_ASSIGNED,
    CO_PROPOSER_INVITED,
    CO_PROPOSER_ANSWERED,
    PHASE_ENDING,
    PHASE_STARTED,
    /** Someone mentioned the recipient in a comment. */
    MENTIONED,
    /** A reply in a thread the recipient wrote in. */
    COMMENT_REPLY,
    /** A new thread on a subject of the recipient's cluster. */
    COMMENT_THREAD,
    /** The recipient was invited to a working-group meeting. */
    MEETING_INVITED,
    /** A meeting the recipient was invited to was called off. */
    MEETING_CANCELLED,
    /** A meeting the recipient is invited to starts soon. */
    MEETING_REMINDER,
    /** An action item of a meeting was given to the recipient. */
    ACTION_ASSIGNED;

    /** Message key of the e-mail subject; its first argument is the title of the proposal, round, discussion subject or meeting. */
    public String subjectKey() {
        return "notification.subject." + name();
    }
}
