package it.lombardia.codesign.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Answer templates: kept by region staff, a title and a text, both required and limited. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
@RecordApplicationEvents
class ReviewTemplatesTest {

    @Autowired
    AnswerTemplates templates;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDemoTemplatesAreThere() {
        SignIn.as(users, "reviewer");

        assertThat(templates.list()).extracting(AnswerTemplateDetails::title).contains("Out of S3 scope",
                "Please quantify the territorial impact", "Overlaps an existing priority", "Approved as proposed");
    }

    @Test
    void staffCreateChangeAndDeleteTemplates() {
        SignIn.as(users, "reviewer");
        AnswerTemplateDetails created = templates.create("  Needs a TRL range ", "Please state the TRL range.");
        assertThat(created.title()).isEqualTo("Needs a TRL range");
        assertThat(created.createdBy()).isEqualTo("reviewer");
        assertThat(templates.list()).contains(created);

        SignIn.as(users, "admin");
        AnswerTemplateDetails changed = templates.update(created.id(), created.version(), "Needs a TRL range",
                "Please state the TRL range from 1 to 9.");
        assertThat(changed.body()).isEqualTo("Please state the TRL range from 1 to 9.");
        assertThat(changed.updatedBy()).isEqualTo("admin");
        assertThat(changed.createdBy()).isEqualTo("reviewer");

        assertThatThrownBy(() -> templates.delete(created.id(), created.version()))
                .isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).messageKey()).isEqualTo("error.stale");
        templates.delete(changed.id(), changed.version());

        assertThat(templates.list()).extracting(AnswerTemplateDetails::id).doesNotContain(created.id());
        assertThat(events.stream(AuditEvent.class)).extracting(AuditEvent::entityType, AuditEvent::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answer-template", "create"),
                        org.assertj.core.groups.Tuple.tuple("answer-template", "update"),
                        org.assertj.core.groups.Tuple.tuple("answer-template", "delete"));
    }

    @Test
    void titleAndTextAreRequired() {
        SignIn.as(users, "reviewer");
        int before = templates.list().size();

        assertThatThrownBy(() -> templates.create(" ", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("title", "validation.required", "body", "validation.required"));

        assertThat(templates.list()).hasSize(before);
    }

    @Test
    void titleUpTo200AndTextUpTo10000Characters() {
        SignIn.as(users, "reviewer");

        assertThatThrownBy(() -> templates.create("t".repeat(201), "b".repeat(10_001)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("title", "validation.too-long", "body", "validation.too-long"));
        AnswerTemplateDetails longest = templates.create("t".repeat(200), "b".repeat(10_000));
        assertThat(longest.title()).hasSize(200);
        assertThat(longest.body()).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"afil.rep", "observer", "wg.member"})
    void onlyRegionStaffSeeAndKeepTemplates(String username) {
        SignIn.as(users, "reviewer");
        AnswerTemplateDetails existing = templates.list().getFirst();
        SignIn.as(users, username);

        assertThatThrownBy(() -> templates.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.create("Mine", "My text")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.update(existing.id(), existing.version(), "Mine", "My text"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.delete(existing.id(), existing.version()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "reviewer");
        assertThat(templates.list()).contains(existing);
    }
}
