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
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "meeting_agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private int position;
    private String title;
    private String description;
    private Integer durationMinutes;
    /** How long the meeting was on this item, added up over every time the chair came to it. */
    private int spentSeconds;
    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "meeting_item_proposal", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "proposal_id")
    private Set<Long> proposalIds = new LinkedHashSet<>();

    protected AgendaItem() {
    }

    AgendaItem(long meetingId) {
        this.meetingId = meetingId;
    }

    void apply(int position, AgendaItemDraft draft) {
        this.position = position;
        this.title = draft.title().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        this.durationMinutes = draft.durationMinutes();
        this.proposalIds.clear();
        this.proposalIds.addAll(draft.proposalIds());
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    int getSpentSeconds() {
        return spentSeconds;
    }

    void spend(java.time.Duration duration) {
        if (!duration.isNegative()) {
            spentSeconds += (int) Math.min(duration.toSeconds(), Integer.MAX_VALUE - (long) spentSeconds);
        }
    }

    Integer getDurationMinutes() {
        return durationMinutes;
    }

    Set<Long> getProposalIds() {
        return proposalIds;
    }
}
