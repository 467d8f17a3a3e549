package it.lombardia.codesign.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.shared.AuditEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Assignments and assessments tell open review pages which proposal changed. */
class ReviewChangesTest {

    private final List<LiveMessage> sent = new ArrayList<>();
    private final ReviewChanges changes = new ReviewChanges(new LiveBus() {
        @Override
        public void publish(LiveMessage message) {
            sent.add(message);
        }

        @Override
        public Registration subscribe(Consumer<LiveMessage> listener) {
            return () -> { };
        }

        @Override
        public String nodeId() {
            return "test";
        }
    });

    @Test
    void anAssignmentOrAnAssessmentNamesItsProposal() {
        AssignmentDetails assignment = new AssignmentDetails(3, 12, "reviewer", "Marco Conti", "admin",
                Instant.now(), LocalDate.now().plusDays(7), 0, false);
        changes.on(new AuditEvent("admin", ReviewAssignments.ENTITY, "3", "assign", null, assignment));
        changes.on(new AuditEvent("admin", ReviewAssignments.ENTITY, "3", "unassign", assignment, null));
        AssessmentDetails assessment = new AssessmentDetails(5, 13, "reviewer", "Marco Conti", 4, 3, 5, "Clear",
                "", "Thank you", Instant.now(), Instant.now(), 0, null, false);
        changes.on(new AuditEvent("reviewer", Assessments.ENTITY, "5", "create", null, assessment));

        assertThat(sent).extracting(m -> m.get("proposal").orElseThrow()).containsExactly("12", "12", "13");
        assertThat(sent).allMatch(m -> m.is(ReviewChanges.TOPIC));
    }

    @Test
    void otherChangesSayNothing() {
        changes.on(new AuditEvent("admin", "answer-template", "1", "create", null, "a template"));
        assertThat(sent).isEmpty();
    }
}
