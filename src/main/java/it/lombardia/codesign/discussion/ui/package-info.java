/** The discussion panel that subject pages (a proposal's) embed. */
@org.springframework.modulith.NamedInterface("ui")
package it.lombardia.codesign.discussion.ui;
