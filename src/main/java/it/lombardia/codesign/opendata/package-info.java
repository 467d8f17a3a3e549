/**
 * Open data: the Work Programme's editions and the rounds' proposals as JSON and CSV, over a read-only
 * HTTP API (/api/v1) described with OpenAPI, and the page that explains and links the downloads.
 * Adopted editions are public; editions in preparation, rounds and proposals need a signed-in user,
 * and proposals follow the read rights of {@link it.lombardia.codesign.proposal.RoundProposals}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package it.lombardia.codesign.opendata;
