package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.audit.AuditEntryDetails;
import it.lombardia.codesign.audit.AuditFilter;
import it.lombardia.codesign.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** An auditor reading a minutes entry of the log sees which agenda item the minutes are about. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class MinutesAuditTest {

    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRecords records;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aMinutesEntryNamesItsAgendaItem() {
        SignIn.as(users, "afil.rep");
        long groupId = groups.create(new WorkingGroupDraft("Group " + UUID.randomUUID(), null, null,
                Set.of("AFIL"), Set.of("wg.member")));
        long meetingId = meetings.schedule(new MeetingDraft(groupId, 1L, "Minutes " + UUID.randomUUID(), null,
                Instant.now().plus(Duration.ofDays(1)), 60, "https://meet.example.org/x", null, "afil.rep",
                List.of(new AgendaItemDraft(null, "Opening", null, 10, List.of()),
                        new AgendaItemDraft(null, "Budget lines", null, 20, List.of())),
                Set.of("wg.member"), Set.of("wg.member")));
        long budgetItem = meetings.meeting(meetingId).orElseThrow().agenda().get(1).id();
        jdbc.update("update meeting set status = 'LIVE', started_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now()), meetingId);

        SignIn.as(users, "wg.member");
        MinutesView first = records.saveMinutes(budgetItem, 0, "Two lines proposed.");
        records.saveMinutes(budgetItem, first.version(), "Two lines proposed, one kept.");

        SignIn.as(users, "admin");
        List<AuditEntryDetails> minutes = auditLog.search(AuditFilter.none().withEntityType("meeting")
                        .withText(String.valueOf(meetingId)), PageRequest.of(0, 20)).getContent().stream()
                .filter(e -> e.entityId().equals(String.valueOf(meetingId)) && e.action().equals("minutes"))
                .map(e -> auditLog.find(e.id()).orElseThrow()).toList();

        assertThat(minutes).hasSize(2).allSatisfy(e -> assertThat(e.after())
                .containsEntry("item", "Budget lines").containsEntry("itemNumber", "2")
                .containsEntry("itemId", String.valueOf(budgetItem)));
        assertThat(minutes.getLast().hasBefore()).isFalse();
        assertThat(minutes.getLast().after()).containsEntry("minutes", "Two lines proposed.");
        assertThat(minutes.getFirst().before()).containsEntry("item", "Budget lines")
                .containsEntry("minutes", "Two lines proposed.");
        assertThat(minutes.getFirst().after()).containsEntry("minutes", "Two lines proposed, one kept.");
        assertThat(minutes.getFirst().summary()).isEqualTo("minutes");
    }
}
