/** Presence widgets that other features' views embed. */
@org.springframework.modulith.NamedInterface("ui")
package it.lombardia.codesign.live.ui;
