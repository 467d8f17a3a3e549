package it.lombardia.codesign.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "programme_edition")
class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String periodLabel;
    private int startYear;
    private int endYear;
    @Enumerated(EnumType.STRING)
    private EditionStatus status;
    private String actReference;
    private LocalDate adoptedOn;
    private String adoptedBy;
    @Version
    private long version;

    @OneToMany(mappedBy = "edition")
    @OrderBy("displayOrder")
    private List<MacroTheme> macroThemes = new ArrayList<>();

    protected Edition() {
    }

    /** A new edition in preparation covering two years. */
    Edition(int startYear) {
        this.startYear = startYear;
        this.endYear = startYear + 1;
        this.periodLabel = startYear + "-" + endYear;
        this.status = EditionStatus.DRAFT;
    }

    EditionStatus getStatus() {
        return status;
    }

    Long getId() {
        return id;
    }

    int getStartYear() {
        return startYear;
    }

    List<MacroTheme> getMacroThemes() {
        return macroThemes;
    }

    long getVersion() {
        return version;
    }

    String getPeriodLabel() {
        return periodLabel;
    }

    /** From now on the edition is in force and never changes again. */
    void adopt(String actReference, LocalDate adoptedOn, String adoptedBy) {
        this.status = EditionStatus.ADOPTED;
        this.actReference = actReference;
        this.adoptedOn = adoptedOn;
        this.adoptedBy = adoptedBy;
    }

    EditionSummary summary() {
        return new EditionSummary(id, periodLabel, startYear, endYear, status, actReference, adoptedOn);
    }
}
