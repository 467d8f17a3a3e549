package it.lombardia.codesign.poll;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "poll_option")
class PollOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pollId;
    private int position;
    private String label;
    private Long proposalId;

    protected PollOption() {
    }

    PollOption(long pollId, int position, String label, Long proposalId) {
        this.pollId = pollId;
        this.position = position;
        this.label = label;
        this.proposalId = proposalId;
    }

    Long getId() {
        return id;
    }

    long getPollId() {
        return pollId;
    }

    int getPosition() {
        return position;
    }

    String getLabel() {
        return label;
    }

    Long getProposalId() {
        return proposalId;
    }
}
