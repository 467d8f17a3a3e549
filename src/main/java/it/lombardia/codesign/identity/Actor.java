package it.lombardia.codesign.identity;

import java.util.Collection;
import java.util.Set;

/** The signed-in person as services see them, read fresh from the account on every call. */
public record Actor(long id, String username, String displayName, String department, Set<Role> roles,
                    Set<String> clusterCodes) {

    public Actor {
        roles = Set.copyOf(roles);
        clusterCodes = Set.copyOf(clusterCodes);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Region staff: administrators and reviewers. */
    public boolean isRegionStaff() {
        return isAdmin() || has(Role.REVIEWER);
    }

    public boolean belongsToAnyOf(Collection<String> clusters) {
        return clusters.stream().anyMatch(clusterCodes::contains);
    }
}
