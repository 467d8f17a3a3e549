package it.lombardia.codesign.notification;

/** Where the e-mail copy of a notification stands. */
enum EmailStatus {
    /** No e-mail: sending is switched off, or the recipient has no address. */
    NONE,
    /** To be sent after the change commits, or by the retry job. */
    PENDING,
    SENT,
    /** The last attempt failed; retried while attempts are left. */
    FAILED
}
