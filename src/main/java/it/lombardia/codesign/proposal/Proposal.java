package it.lombardia.codesign.proposal;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    private Long mergedIntoId;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @BatchSize(size = 100)
    @OrderBy("invitedAt")
    private List<Invitation> invitations = new ArrayList<>();

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

    String getLeadClusterCode() {
        return leadClusterCode;
    }

    String getTitle() {
        return title;
    }

    ProposalKind getKind() {
        return kind;
    }

    /** The lead and the clusters that accepted to co-propose. */
    Set<String> participatingClusterCodes() {
        Set<String> all = new HashSet<>();
        all.add(leadClusterCode);
        invitations.stream().filter(i -> i.getStatus() == InvitationStatus.ACCEPTED)
                .forEach(i -> all.add(i.getClusterCode()));
        return all;
    }

    Optional<Invitation> invitation(String clusterCode) {
        return invitations.stream().filter(i -> i.getClusterCode().equals(clusterCode)).findFirst();
    }

    /**
     * Brings the invitations in line with the co-proposers the content names: new ones are invited,
     * dropped ones cancelled. Returns the clusters newly invited and those whose invitation was cancelled.
     */
    InvitationChanges reconcileInvitations(String by, Instant at, boolean alreadyAgreed) {
        List<String> invited = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        for (String code : coClusterCodes) {
            Optional<Invitation> existing = invitation(code);
            if (existing.isEmpty()) {
                invitations.add(new Invitation(this, code,
                        alreadyAgreed ? InvitationStatus.ACCEPTED : InvitationStatus.PENDING, by, at));
                if (!alreadyAgreed) {
                    invited.add(code);
                }
            } else if (!existing.get().standing()) {
                existing.get().reinvite(by, at);
                invited.add(code);
            }
        }
        for (Invitation invitation : invitations) {
            if (invitation.standing() && !coClusterCodes.contains(invitation.getClusterCode())) {
                invitation.answer(InvitationStatus.CANCELLED, by, at);
                cancelled.add(invitation.getClusterCode());
            }
        }
        return new InvitationChanges(invited, cancelled);
    }

    record InvitationChanges(List<String> invited, List<String> cancelled) {
    }

    /** The invited cluster answers; a declining cluster leaves the co-proposers. */
    void answerInvitation(String clusterCode, boolean accept, String by, Instant at) {
        Invitation invitation = invitation(clusterCode).orElseThrow();
        invitation.answer(accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED, by, at);
        if (!accept) {
            coClusterCodes.remove(clusterCode);
        }
        touch(by, at);
    }

    /** The clusters of a proposal merged into this one join it as co-proposers that already agreed. */
    void absorbClusters(Set<String> clusters, Set<String> ecosystems, String by, Instant at) {
        for (String code : clusters) {
            if (code.equals(leadClusterCode)) {
                continue;
            }
            coClusterCodes.add(code);
            Optional<Invitation> existing = invitation(code);
            if (existing.isEmpty()) {
                invitations.add(new Invitation(this, code, InvitationStatus.ACCEPTED, by, at));
            } else if (existing.get().getStatus() != InvitationStatus.ACCEPTED) {
                existing.get().answer(InvitationStatus.ACCEPTED, by, at);
            }
        }
        ecosystemCodes.addAll(ecosystems);
        touch(by, at);
    }

    void transition(ProposalStatus to, String by, Instant at) {
        if (to == ProposalStatus.SUBMITTED || to == ProposalStatus.RESUBMITTED) {
            submittedAt = at;
        }
        status = to;
        touch(by, at);
    }

    void mergeInto(long targetId, String by, Instant at) {
        mergedIntoId = targetId;
        transition(ProposalStatus.MERGED, by, at);
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
                submittedAt, mergedIntoId, invitations.stream().map(Invitation::view).toList());
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
