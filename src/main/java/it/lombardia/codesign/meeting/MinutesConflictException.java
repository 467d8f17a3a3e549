package it.lombardia.codesign.meeting;

import it.lombardia.codesign.shared.TranslatableException;

/**
 * Someone else saved the minutes since the editor read them: nothing was overwritten. Carries their
 * version, so that the editor can show both texts and let the user merge them.
 */
public class MinutesConflictException extends TranslatableException {

    private final transient MinutesView theirs;

    public MinutesConflictException(MinutesView theirs) {
        super("records.error.minutes-conflict", theirs.updatedByName());
        this.theirs = theirs;
    }

    public MinutesView theirs() {
        return theirs;
    }
}
