package it.lombardia.codesign.proposal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long roundId;
    @Enumerated(EnumType.STRING)
    private ProposalKind kind;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private String leadClusterCode;
    private Long targetMacroThemeId;
    private Long targetPriorityId;
    private String title;
    private String description;
    private String ecosystemImpact;
    private String territorialImpact;
    private Integer trlMin;
    private Integer trlMax;
    @Version
    private long version;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private Instant submittedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "proposal_co_cluster", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "cluster_code")
    private Set<String> coClusterCodes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "proposal_ecosystem", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "ecosystem_code")
    private Set<String> ecosystemCodes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "proposal_pnrr", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "component_code")
    private Set<String> pnrrComponentCodes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "proposal_sdg", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "goal_number")
    private Set<Integer> sdgNumbers = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "proposal_horizon", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "cluster_code")
    private Set<String> horizonClusterCodes = new HashSet<>();

    protected Proposal() {
    }

    Proposal(long roundId, String createdBy, Instant createdAt) {
        this.roundId = roundId;
        this.status = ProposalStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getRoundId() {
        return roundId;
    }

    ProposalStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    Set<String> allClusterCodes() {
        Set<String> all = new HashSet<>(coClusterCodes);
        all.add(leadClusterCode);
        return all;
    }

    void apply(ProposalContent content, String by, Instant at) {
        kind = content.kind();
        leadClusterCode = content.leadClusterCode();
        replace(coClusterCodes, content.coClusterCodes());
        targetMacroThemeId = kind.targetsMacroTheme() ? content.targetMacroThemeId() : null;
        targetPriorityId = kind.targetsPriority() ? content.targetPriorityId() : null;
        title = content.title().strip();
        description = blankToNull(content.description());
        ecosystemImpact = blankToNull(content.ecosystemImpact());
        territorialImpact = blankToNull(content.territorialImpact());
        trlMin = content.trlMin();
        trlMax = content.trlMax();
        replace(ecosystemCodes, content.ecosystemCodes());
        replace(pnrrComponentCodes, content.pnrrComponentCodes());
        replace(sdgNumbers, content.sdgNumbers());
        replace(horizonClusterCodes, content.horizonClusterCodes());
        touch(by, at);
    }

    void submit(String by, Instant at) {
        status = ProposalStatus.SUBMITTED;
        submittedAt = at;
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    ProposalContent content() {
        return new ProposalContent(kind, leadClusterCode, coClusterCodes, targetMacroThemeId, targetPriorityId, title,
                description, ecosystemImpact, territorialImpact, trlMin, trlMax, ecosystemCodes, pnrrComponentCodes,
                sdgNumbers, horizonClusterCodes);
    }

    ProposalDetails details() {
        return new ProposalDetails(id, roundId, status, version, content(), createdBy, createdAt, updatedBy, updatedAt,
                submittedAt);
    }

    ProposalSummary summary() {
        return new ProposalSummary(id, title, kind, status, leadClusterCode, Set.copyOf(coClusterCodes),
                Set.copyOf(ecosystemCodes), updatedBy, updatedAt);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
