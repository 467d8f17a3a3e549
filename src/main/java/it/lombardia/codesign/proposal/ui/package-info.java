/** Proposal views; {@link it.lombardia.codesign.proposal.ui.ProposalGrid} is shared with other features' pages. */
@org.springframework.modulith.NamedInterface("ui")
package it.lombardia.codesign.proposal.ui;
