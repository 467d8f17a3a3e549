/** The poll panel that venues (a meeting's room) embed. */
@org.springframework.modulith.NamedInterface("ui")
package it.lombardia.codesign.poll.ui;
