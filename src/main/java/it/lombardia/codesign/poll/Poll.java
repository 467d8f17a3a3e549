package it.lombardia.codesign.poll;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "poll")
class Poll {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String venueType;
    private long venueId;
    private Long anchorId;
    private String question;
    @Enumerated(EnumType.STRING)
    private PollKind kind;
    private Integer maxChoices;
    private Integer dots;
    private boolean anonymous;
    private boolean resultsLive;
    private String openedBy;
    private Instant openedAt;
    private Instant closesAt;
    private Instant closedAt;
    private String closedBy;
    /** Anonymous polls only, while open: the key of their voters' hashes ({@link AnonymousBallots}). */
    private String ballotKey;

    @Version
    private long version;

    protected Poll() {
    }

    Poll(PollDraft draft, String question, String openedBy, Instant openedAt) {
        this.venueType = draft.venueType();
        this.venueId = draft.venueId();
        this.anchorId = draft.anchorId();
        this.question = question;
        this.kind = draft.kind();
        this.maxChoices = draft.kind() == PollKind.MULTIPLE ? draft.maxChoices() : null;
        this.dots = draft.kind() == PollKind.DOTS ? draft.dots() : null;
        this.anonymous = draft.anonymous();
        this.resultsLive = draft.resultsLive();
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.closesAt = draft.closesAt();
        this.ballotKey = draft.anonymous() ? AnonymousBallots.newKey() : null;
    }

    /** Closed by its runner, or by its closing time even when nobody has recorded that yet. */
    boolean isClosed(Instant now) {
        return closedAt != null || (closesAt != null && !now.isBefore(closesAt));
    }

    /** When it closed: its runner's closing or its closing time; null while open. */
    Instant closedAt(Instant now) {
        if (closedAt != null) {
            return closedAt;
        }
        return isClosed(now) ? closesAt : null;
    }

    void close(String by, Instant at) {
        closedBy = by;
        closedAt = at;
    }

    /** Once closed, no ballot may be told apart from another any more. */
    void eraseBallotKey() {
        ballotKey = null;
    }

    Long getId() {
        return id;
    }

    String getVenueType() {
        return venueType;
    }

    long getVenueId() {
        return venueId;
    }

    Long getAnchorId() {
        return anchorId;
    }

    String getQuestion() {
        return question;
    }

    PollKind getKind() {
        return kind;
    }

    Integer getMaxChoices() {
        return maxChoices;
    }

    Integer getDots() {
        return dots;
    }

    boolean isAnonymous() {
        return anonymous;
    }

    boolean isResultsLive() {
        return resultsLive;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    String getBallotKey() {
        return ballotKey;
    }
}
