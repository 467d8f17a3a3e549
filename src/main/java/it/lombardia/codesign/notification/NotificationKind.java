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
    COMMENT_THREAD;

    /** Message key of the e-mail subject; its one argument is the proposal's or the round's title (a discussion's subject). */
    public String subjectKey() {
        return "notification.subject." + name();
    }
}
