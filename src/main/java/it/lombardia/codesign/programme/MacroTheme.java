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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "macro_theme")
class MacroTheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    private String title;
    private String description;
    // Italian versions of the texts above, null where there is none (see ItalianText).
    private String titleIt;
    private String descriptionIt;
    private int displayOrder;
    private Long derivedFromId;
    private Long originProposalId;
    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "macro_theme_ecosystem", joinColumns = @JoinColumn(name = "macro_theme_id"))
    @Column(name = "ecosystem_code")
    private Set<String> ecosystemCodes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "macroTheme")
    @OrderBy("displayOrder")
    @BatchSize(size = 100)
    private List<Priority> priorities = new ArrayList<>();

    protected MacroTheme() {
    }

    /** A macro-theme of an edition in preparation: a copy of one of the base edition, or a new one. */
    MacroTheme(Edition edition, String title, String description, int displayOrder, Set<String> ecosystemCodes,
               Long derivedFromId, Long originProposalId) {
        this.edition = edition;
        this.title = title;
        this.description = description;
        this.displayOrder = displayOrder;
        this.ecosystemCodes.addAll(ecosystemCodes);
        this.derivedFromId = derivedFromId;
        this.originProposalId = originProposalId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    int getDisplayOrder() {
        return displayOrder;
    }

    List<Priority> getPriorities() {
        return priorities;
    }

    Long getId() {
        return id;
    }

    Edition getEdition() {
        return edition;
    }

    Set<String> getEcosystemCodes() {
        return ecosystemCodes;
    }

    long getVersion() {
        return version;
    }

    void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    /** The Italian versions of another macro-theme's texts: a copy in an edition in preparation reads as the original. */
    void takeItalianTextOf(MacroTheme original) {
        this.titleIt = original.titleIt;
        this.descriptionIt = original.descriptionIt;
    }

    /** Wording and ecosystems as region staff settle them while consolidating. */
    void edit(String title, String description, Set<String> ecosystemCodes) {
        titleIt = ItalianText.kept(this.title, title, titleIt);
        descriptionIt = ItalianText.kept(this.description, description, descriptionIt);
        this.title = title;
        this.description = description;
        this.ecosystemCodes.retainAll(ecosystemCodes);
        this.ecosystemCodes.addAll(ecosystemCodes);
    }

    MacroThemeRef ref() {
        return new MacroThemeRef(id, edition.getId(), title, displayOrder);
    }

    MacroThemeContent content() {
        return new MacroThemeContent(id, title, description, displayOrder, Set.copyOf(ecosystemCodes),
                priorities.stream().map(Priority::content).toList(), derivedFromId, originProposalId, titleIt,
                descriptionIt);
    }
}
