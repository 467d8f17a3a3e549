package it.lombardia.codesign.proposal;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Role;
import java.util.Set;

/**
 * Who may change which proposal: administrators any; cluster representatives only proposals whose
 * lead or co-proposing clusters include one of theirs; nobody else.
 */
final class ProposalPolicy {

    private ProposalPolicy() {
    }

    static boolean mayChange(Actor actor, Set<String> proposalClusters) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.has(Role.REPRESENTATIVE) && actor.belongsToAnyOf(proposalClusters);
    }

    static boolean mayCreateAny(Actor actor) {
        return actor.isAdmin() || (actor.has(Role.REPRESENTATIVE) && !actor.clusterCodes().isEmpty());
    }
}
