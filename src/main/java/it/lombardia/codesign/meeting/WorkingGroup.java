package it.lombardia.codesign.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "working_group")
class WorkingGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    private String ecosystemCode;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "working_group_cluster", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "cluster_code")
    private Set<String> clusterCodes = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "working_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "username")
    private Set<String> members = new TreeSet<>();

    protected WorkingGroup() {
    }

    WorkingGroup(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void apply(WorkingGroupDraft draft) {
        this.name = draft.name().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        this.ecosystemCode = draft.ecosystemCode();
        this.clusterCodes.clear();
        this.clusterCodes.addAll(draft.clusterCodes());
        this.members.clear();
        this.members.addAll(draft.members());
    }

    WorkingGroupDraft draft() {
        return new WorkingGroupDraft(name, description, ecosystemCode, Set.copyOf(clusterCodes), Set.copyOf(members));
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getEcosystemCode() {
        return ecosystemCode;
    }

    Set<String> getClusterCodes() {
        return clusterCodes;
    }

    Set<String> getMembers() {
        return members;
    }

    long getVersion() {
        return version;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
