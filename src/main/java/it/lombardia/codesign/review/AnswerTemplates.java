package it.lombardia.codesign.review;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reusable answers for frequent cases, shared by all region staff, who read and maintain them. */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class AnswerTemplates {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10000;
    static final String ENTITY = "answer-template";

    private final AnswerTemplateRepository templates;
    private final ReviewRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerTemplates(AnswerTemplateRepository templates, ReviewRules rules, ApplicationEventPublisher events,
                    Clock clock) {
        this.templates = templates;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Every template, by title. */
    @Transactional(readOnly = true)
    public List<AnswerTemplateDetails> list() {
        rules.requireStaff();
        return templates.findAllByOrderByTitleAscIdAsc().stream().map(AnswerTemplate::details).toList();
    }

    @Transactional
    public AnswerTemplateDetails create(String title, String body) {
        Actor actor = rules.requireStaff();
        validate(title, body);
        AnswerTemplate template = new AnswerTemplate(actor.username());
        template.apply(title, body, actor.username(), clock.instant());
        AnswerTemplateDetails created = templates.saveAndFlush(template).details();
        events.publishEvent(new AuditEvent(actor.username(), ENTITY, String.valueOf(created.id()), "create", null,
                created));
        return created;
    }

    @Transactional
    public AnswerTemplateDetails update(long id, long expectedVersion, String title, String body) {
        Actor actor = rules.requireStaff();
        AnswerTemplate template = load(id, expectedVersion);
        validate(title, body);
        AnswerTemplateDetails before = template.details();
        template.apply(title, body, actor.username(), clock.instant());
        AnswerTemplateDetails after = templates.saveAndFlush(template).details();
        events.publishEvent(new AuditEvent(actor.username(), ENTITY, String.valueOf(id), "update", before, after));
        return after;
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Actor actor = rules.requireStaff();
        AnswerTemplate template = load(id, expectedVersion);
        AnswerTemplateDetails before = template.details();
        templates.delete(template);
        templates.flush();
        events.publishEvent(new AuditEvent(actor.username(), ENTITY, String.valueOf(id), "delete", before, null));
    }

    /** The service's own checks, field name to message key; empty when the template may be saved. */
    public static Map<String, String> check(String title, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "validation.required");
        } else if (title.strip().length() > TITLE_MAX) {
            errors.put("title", "validation.too-long");
        }
        if (body == null || body.isBlank()) {
            errors.put("body", "validation.required");
        } else if (body.strip().length() > BODY_MAX) {
            errors.put("body", "validation.too-long");
        }
        return errors;
    }

    private static void validate(String title, String body) {
        Map<String, String> errors = check(title, body);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private AnswerTemplate load(long id, long expectedVersion) {
        AnswerTemplate template = templates.findById(id)
                .orElseThrow(() -> new TranslatableException("review.refused.template-gone"));
        if (template.getVersion() != expectedVersion) {
            throw new TranslatableException("error.stale");
        }
        return template;
    }
}
