package it.lombardia.codesign.proposal;

import it.lombardia.codesign.live.LiveMessage;
import java.util.function.Predicate;

/**
 * The live messages this feature sends after every committed change to a proposal (saved, moved
 * through its lifecycle, co-proposers answered, merged): topic {@value #TOPIC}, with the proposal's
 * {@code id}, its {@code round}, the {@code action} (as in the audit log) and the {@code actor}.
 */
public final class ProposalChanges {

    public static final String TOPIC = "proposal";
    /** The subject type of a proposal's discussion threads. */
    public static final String DISCUSSION_SUBJECT = "proposal";

    private ProposalChanges() {
    }

    public static Predicate<LiveMessage> about(long proposalId) {
        return m -> m.is(TOPIC) && m.has("id", proposalId);
    }

    public static Predicate<LiveMessage> inRound(long roundId) {
        return m -> m.is(TOPIC) && m.has("round", roundId);
    }

    static LiveMessage of(Proposal proposal, String action, String actor) {
        return LiveMessage.of(TOPIC, "id", String.valueOf(proposal.getId()), "round", String.valueOf(proposal.getRoundId()),
                "action", action, "actor", actor, "version", String.valueOf(proposal.getVersion()));
    }
}
