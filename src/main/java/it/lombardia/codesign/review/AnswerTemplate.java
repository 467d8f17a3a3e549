package it.lombardia.codesign.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "answer_template")
class AnswerTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String body;
    private String createdBy;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected AnswerTemplate() {
    }

    AnswerTemplate(String createdBy) {
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    void apply(String title, String body, String by, Instant at) {
        this.title = title.strip();
        this.body = body.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    AnswerTemplateDetails details() {
        return new AnswerTemplateDetails(id, title, body, createdBy, updatedBy, updatedAt, version);
    }
}
