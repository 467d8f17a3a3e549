package it.lombardia.codesign.proposal;

import it.lombardia.codesign.identity.Actor;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who may read a proposal: the one read rule, as a check on a loaded proposal and as a query
 * condition, so that every page, grid, count, chart, export, notification and API of this feature
 * answers the same. Clusters compete for the Region's priorities, so a draft (a proposal never
 * submitted) is its clusters' work in progress: region staff, the representatives of its lead
 * cluster and of the clusters that accepted to co-propose, and those of a cluster invited to it
 * read it. From its first submission on, everyone signed in does.
 */
final class ProposalVisibility {

    /** Invited clusters read the draft they are asked to join; those that declined or were dropped no longer do. */
    private static final Set<InvitationStatus> READING_INVITATIONS = EnumSet.of(InvitationStatus.PENDING,
            InvitationStatus.ACCEPTED);

    private ProposalVisibility() {
    }

    static boolean mayRead(Actor actor, ProposalDetails proposal) {
        if (actor.isRegionStaff() || proposal.submittedAt() != null) {
            return true;
        }
        return actor.belongsToAnyOf(proposal.participatingClusterCodes())
                || actor.belongsToAnyOf(proposal.pendingClusterCodes());
    }

    /** The same rule as a query condition. */
    static Specification<Proposal> readableBy(Actor actor) {
        return (root, query, cb) -> {
            if (actor.isRegionStaff()) {
                return cb.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            any.add(cb.isNotNull(root.get("submittedAt")));
            if (!actor.clusterCodes().isEmpty()) {
                any.add(root.get("leadClusterCode").in(actor.clusterCodes()));
                Subquery<Long> invited = query.subquery(Long.class);
                Root<Invitation> invitation = invited.from(Invitation.class);
                invited.select(invitation.get("id")).where(
                        cb.equal(invitation.get("proposal"), root),
                        invitation.get("clusterCode").in(actor.clusterCodes()),
                        invitation.get("status").in(READING_INVITATIONS));
                any.add(cb.exists(invited));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }
}
