package it.lombardia.codesign.notification;

import java.util.List;

/** Notifications whose e-mail copy waits for the transaction that wrote them to commit. */
record MailQueued(List<Long> notificationIds) {
}
