/**
 * EDP round views; {@link it.lombardia.codesign.round.ui.RoundTimeline} is shared with other
 * features' pages (the dashboard).
 */
@org.springframework.modulith.NamedInterface("ui")
package it.lombardia.codesign.round.ui;
