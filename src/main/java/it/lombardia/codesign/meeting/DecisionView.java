package it.lombardia.codesign.meeting;

import java.time.Instant;

/** A decision of a meeting; a withdrawn one keeps its text and says who withdrew it, when and why. */
public record DecisionView(long id, long meetingId, long itemId, String text, ProposalRef proposal,
                           PersonRef recordedBy, Instant recordedAt, PersonRef withdrawnBy, Instant withdrawnAt,
                           String withdrawReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
