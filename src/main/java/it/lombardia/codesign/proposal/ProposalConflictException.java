package it.lombardia.codesign.proposal;

import it.lombardia.codesign.shared.TranslatableException;

/**
 * Someone else saved the proposal since the form was loaded. Carries their version so that the
 * form can offer it without losing what this user typed.
 */
public class ProposalConflictException extends TranslatableException {

    private final transient ProposalDetails current;

    public ProposalConflictException(ProposalDetails current) {
        super("error.proposal.conflict", current.updatedBy());
        this.current = current;
    }

    public ProposalDetails current() {
        return current;
    }
}
