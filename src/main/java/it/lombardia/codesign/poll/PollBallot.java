package it.lombardia.codesign.poll;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

@Entity
@Table(name = "poll_ballot")
class PollBallot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pollId;
    /** The voter's username in a named poll; in an anonymous one, a keyed hash (see {@link AnonymousBallots}). */
    private String voter;
    /** When it was cast and last changed; empty for an anonymous poll's ballots. */
    private Instant castAt;
    private Instant changedAt;

    @ElementCollection
    @CollectionTable(name = "poll_ballot_mark", joinColumns = @JoinColumn(name = "ballot_id"))
    private Set<BallotMark> marks = new HashSet<>();

    @Version
    private long version;

    protected PollBallot() {
    }

    PollBallot(long pollId, String voter, Ballot ballot, Instant at) {
        this.pollId = pollId;
        this.voter = voter;
        this.castAt = at;
        mark(ballot);
    }

    /** Replaces the marks; the ballot shows as changed from now on ({@code at} null for an anonymous ballot). */
    void change(Ballot ballot, Instant at) {
        changedAt = at;
        marks.clear();
        mark(ballot);
    }

    private void mark(Ballot ballot) {
        ballot.marks().forEach((option, weight) -> marks.add(new BallotMark(option, weight)));
    }

    Ballot ballot() {
        Map<Long, Integer> byOption = new LinkedHashMap<>();
        marks.forEach(m -> byOption.put(m.optionId(), m.weight()));
        return new Ballot(byOption);
    }

    Long getId() {
        return id;
    }

    long getPollId() {
        return pollId;
    }

    String getVoter() {
        return voter;
    }

    Instant getCastAt() {
        return castAt;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
