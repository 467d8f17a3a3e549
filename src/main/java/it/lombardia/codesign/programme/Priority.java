package it.lombardia.codesign.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "priority")
class Priority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "macro_theme_id")
    private MacroTheme macroTheme;

    private String title;
    private String description;
    private String ecosystemImpact;
    private String territorialImpact;
    // Italian versions of the texts above, null where there is none (see ItalianText).
    private String titleIt;
    private String descriptionIt;
    private String ecosystemImpactIt;
    private String territorialImpactIt;
    private int trlMin;
    private int trlMax;
    private int displayOrder;
    private Long derivedFromId;
    private Long originProposalId;
    @Enumerated(EnumType.STRING)
    private CarryOver carryOver;
    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "priority_pnrr", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "component_code")
    private Set<String> pnrrComponentCodes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "priority_sdg", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "goal_number")
    private Set<Integer> sdgNumbers = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "priority_horizon", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "cluster_code")
    private Set<String> horizonClusterCodes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "priority_proposer", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "cluster_code")
    private Set<String> proposerClusterCodes = new HashSet<>();

    protected Priority() {
    }

    /** A copy, in the edition in preparation, of a priority of the base edition. */
    Priority(MacroTheme macroTheme, Priority original) {
        this.macroTheme = macroTheme;
        this.displayOrder = original.displayOrder;
        this.derivedFromId = original.id;
        this.carryOver = CarryOver.KEEP;
        apply(original.content());
        titleIt = original.titleIt;
        descriptionIt = original.descriptionIt;
        ecosystemImpactIt = original.ecosystemImpactIt;
        territorialImpactIt = original.territorialImpactIt;
    }

    /** A new priority proposed in the round. */
    Priority(MacroTheme macroTheme, int displayOrder, Long originProposalId, PriorityText text) {
        this.macroTheme = macroTheme;
        this.displayOrder = displayOrder;
        this.originProposalId = originProposalId;
        apply(text);
    }

    void apply(PriorityContent c) {
        apply(new PriorityText(c.title(), c.description(), c.ecosystemImpact(), c.territorialImpact(), c.trlMin(),
                c.trlMax(), c.pnrrComponentCodes(), c.sdgNumbers(), c.horizonClusterCodes(), c.proposerClusterCodes()));
    }

    void apply(PriorityText t) {
        titleIt = ItalianText.kept(title, t.title(), titleIt);
        descriptionIt = ItalianText.kept(description, t.description(), descriptionIt);
        ecosystemImpactIt = ItalianText.kept(ecosystemImpact, t.ecosystemImpact(), ecosystemImpactIt);
        territorialImpactIt = ItalianText.kept(territorialImpact, t.territorialImpact(), territorialImpactIt);
        title = t.title();
        description = t.description();
        ecosystemImpact = t.ecosystemImpact();
        territorialImpact = t.territorialImpact();
        trlMin = t.trlMin();
        trlMax = t.trlMax();
        replace(pnrrComponentCodes, t.pnrrComponentCodes());
        replace(sdgNumbers, t.sdgNumbers());
        replace(horizonClusterCodes, t.horizonClusterCodes());
        replace(proposerClusterCodes, t.proposerClusterCodes());
    }

    /** A change approved in the round: the new text, and the clusters that proposed it join the proposers. */
    void change(PriorityText t, long proposalId) {
        java.util.Set<String> proposers = new HashSet<>(proposerClusterCodes);
        proposers.addAll(t.proposerClusterCodes());
        apply(new PriorityText(t.title(), t.description(), t.ecosystemImpact(), t.territorialImpact(), t.trlMin(),
                t.trlMax(), t.pnrrComponentCodes(), t.sdgNumbers(), t.horizonClusterCodes(), proposers));
        originProposalId = proposalId;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    int getDisplayOrder() {
        return displayOrder;
    }

    void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    Long getDerivedFromId() {
        return derivedFromId;
    }

    CarryOver getCarryOver() {
        return carryOver;
    }

    void markCarryOver(CarryOver carryOver) {
        this.carryOver = carryOver;
    }

    /** Appended at the end of another macro-theme of the same edition. */
    void moveTo(MacroTheme target, int displayOrder) {
        this.macroTheme = target;
        this.displayOrder = displayOrder;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    MacroTheme getMacroTheme() {
        return macroTheme;
    }

    PriorityContent content() {
        return new PriorityContent(id, macroTheme.getId(), title, description, ecosystemImpact, territorialImpact,
                trlMin, trlMax, displayOrder, Set.copyOf(macroTheme.getEcosystemCodes()), Set.copyOf(pnrrComponentCodes),
                Set.copyOf(sdgNumbers), Set.copyOf(horizonClusterCodes), Set.copyOf(proposerClusterCodes), derivedFromId,
                originProposalId, carryOver, titleIt, descriptionIt, ecosystemImpactIt, territorialImpactIt);
    }
}
