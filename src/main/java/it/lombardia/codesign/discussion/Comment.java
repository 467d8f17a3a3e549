package it.lombardia.codesign.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "discussion_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long threadId;
    private String author;
    private String body;
    private boolean internal;
    private Instant createdAt;
    private Instant editedAt;

    @Version
    private long version;

    protected Comment() {
    }

    Comment(long threadId, String author, String body, boolean internal, Instant createdAt) {
        this.threadId = threadId;
        this.author = author;
        this.body = body;
        this.internal = internal;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getThreadId() {
        return threadId;
    }

    String getAuthor() {
        return author;
    }

    String getBody() {
        return body;
    }

    boolean isInternal() {
        return internal;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    long getVersion() {
        return version;
    }

    void edit(String newBody, Instant at) {
        body = newBody;
        editedAt = at;
    }
}
