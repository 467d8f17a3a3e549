/**
 * Notifications: what concerns a user (their proposal changed state, changes were requested, a
 * review was assigned to them, an invitation to co-propose, a phase about to end), shown in the app
 * under a bell and, when an SMTP server is configured, sent by e-mail. Written from the other
 * features' events in the transaction of the change itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package it.lombardia.codesign.notification;
