/**
 * Live collaboration: a bus that carries small "this changed" messages to every node, views that
 * refresh themselves from it in batches, and presence (who has a page open, who is in which field).
 * Features publish what changed; views re-read through their own services, so each user sees only
 * what they may.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live collaboration")
package it.lombardia.codesign.live;
