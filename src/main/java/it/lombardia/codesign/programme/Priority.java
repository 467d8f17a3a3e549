package it.lombardia.codesign.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
    private int trlMin;
    private int trlMax;
    private int displayOrder;
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

    MacroTheme getMacroTheme() {
        return macroTheme;
    }

    PriorityContent content() {
        return new PriorityContent(id, macroTheme.getId(), title, description, ecosystemImpact, territorialImpact,
                trlMin, trlMax, displayOrder, Set.copyOf(macroTheme.getEcosystemCodes()), Set.copyOf(pnrrComponentCodes),
                Set.copyOf(sdgNumbers), Set.copyOf(horizonClusterCodes), Set.copyOf(proposerClusterCodes));
    }
}
