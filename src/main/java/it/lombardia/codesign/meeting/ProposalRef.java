package it.lombardia.codesign.meeting;

/** A proposal an agenda item is about, with its title and the route that shows it. */
public record ProposalRef(long id, String title, String link) {
}
