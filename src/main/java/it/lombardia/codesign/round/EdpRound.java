package it.lombardia.codesign.round;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "edp_round")
class EdpRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long editionId;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    private RoundStatus status;
    @Version
    private long version;

    protected EdpRound() {
    }

    long getEditionId() {
        return editionId;
    }

    RoundStatus getStatus() {
        return status;
    }

    RoundSummary summary(String editionPeriod) {
        return new RoundSummary(id, editionId, editionPeriod, title, opensOn, closesOn, status);
    }
}
