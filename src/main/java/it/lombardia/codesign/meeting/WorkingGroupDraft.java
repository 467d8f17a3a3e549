package it.lombardia.codesign.meeting;

import java.util.Set;

/**
 * What a working group is made of: a name, the clusters it belongs to (one, or several for a
 * cross-cluster group), optionally the ecosystem it works on, and its members by username.
 */
public record WorkingGroupDraft(String name, String description, String ecosystemCode, Set<String> clusterCodes,
                                Set<String> members) {

    public WorkingGroupDraft {
        clusterCodes = clusterCodes == null ? Set.of() : Set.copyOf(clusterCodes);
        members = members == null ? Set.of() : Set.copyOf(members);
    }
}
