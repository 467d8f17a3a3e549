package it.lombardia.codesign.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "discussion_thread")
class CommentThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subjectType;
    private long subjectId;
    private String field;
    private boolean internal;
    private String startedBy;
    private Instant startedAt;
    private String resolvedBy;
    private Instant resolvedAt;
    private Instant lastActivityAt;

    @Version
    private long version;

    protected CommentThread() {
    }

    CommentThread(String subjectType, long subjectId, String field, boolean internal, String startedBy, Instant at) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.field = field;
        this.internal = internal;
        this.startedBy = startedBy;
        this.startedAt = at;
        this.lastActivityAt = at;
    }

    Long getId() {
        return id;
    }

    String getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }

    String getField() {
        return field;
    }

    boolean isInternal() {
        return internal;
    }

    String getStartedBy() {
        return startedBy;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    String getResolvedBy() {
        return resolvedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    boolean isResolved() {
        return resolvedAt != null;
    }

    long getVersion() {
        return version;
    }

    void touch(Instant at) {
        lastActivityAt = at;
    }

    void resolve(String by, Instant at) {
        resolvedBy = by;
        resolvedAt = at;
        lastActivityAt = at;
    }

    void reopen(Instant at) {
        resolvedBy = null;
        resolvedAt = null;
        lastActivityAt = at;
    }
}
