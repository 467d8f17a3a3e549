package it.lombardia.codesign.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A working group as people see it; {@code manageable} says whether the viewer may change it and schedule its meetings. */
public record WorkingGroupDetails(long id, String name, String description, String ecosystemCode,
                                  Set<String> clusterCodes, List<PersonRef> members, String createdBy,
                                  Instant createdAt, long version, boolean manageable) {

    public boolean crossCluster() {
        return clusterCodes.size() > 1;
    }

    public boolean hasMember(String username) {
        return members.stream().anyMatch(m -> m.username().equalsIgnoreCase(username));
    }

    public WorkingGroupDraft draft() {
        return new WorkingGroupDraft(name, description, ecosystemCode, clusterCodes,
                members.stream().map(PersonRef::username).collect(java.util.stream.Collectors.toSet()));
    }
}
