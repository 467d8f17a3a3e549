package it.lombardia.codesign.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.audit.AuditEntryDetails;
import it.lombardia.codesign.audit.AuditFilter;
import it.lombardia.codesign.audit.AuditLog;
import java.util.List;
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

/** Every change to a discussion is in the audit log, with who made it and the comment or thread before and after. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class DiscussionAuditTest {

    @Autowired
    DiscussionService discussion;
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
    void postingEditingResolvingAndReopeningAreLogged() {
        long proposalId = jdbc.queryForObject("select id from proposal where title = ?", Long.class,
                "Industrial digital twins for reconfigurable production lines");
        String marker = UUID.randomUUID().toString().substring(0, 8);

        SignIn.as(users, "afil.rep");
        ThreadView thread = discussion.startThread("proposal", proposalId, "description", "Question " + marker, false);
        CommentView first = thread.comments().getFirst();
        discussion.edit(first.id(), first.version(), "Better question " + marker);
        SignIn.as(users, "reviewer");
        CommentView internal = discussion.reply(thread.id(), "Staff only " + marker, true);
        SignIn.as(users, "afil.rep");
        discussion.resolve(thread.id());
        SignIn.as(users, "reviewer");
        discussion.reopen(thread.id());

        List<AuditEntryDetails> firstComment = entries("comment", first.id());
        assertThat(firstComment).extracting(AuditEntryDetails::action, AuditEntryDetails::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("edit", "afil.rep"),
                        org.assertj.core.groups.Tuple.tuple("post", "afil.rep"));
        AuditEntryDetails posted = firstComment.get(1);
        assertThat(posted.hasBefore()).isFalse();
        assertThat(posted.after()).containsEntry("subjectType", "proposal")
                .containsEntry("subjectId", String.valueOf(proposalId)).containsEntry("threadId", String.valueOf(thread.id()))
                .containsEntry("field", "description").containsEntry("internal", "false")
                .containsEntry("body", "Question " + marker);
        AuditEntryDetails edited = firstComment.getFirst();
        assertThat(edited.before()).containsEntry("body", "Question " + marker);
        assertThat(edited.after()).containsEntry("body", "Better question " + marker);
        assertThat(edited.summary()).isEqualTo("body");

        assertThat(entries("comment", internal.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("post");
            assertThat(e.actor()).isEqualTo("reviewer");
            assertThat(e.after()).containsEntry("internal", "true").containsEntry("body", "Staff only " + marker);
        });

        List<AuditEntryDetails> threadEntries = entries("comment-thread", thread.id());
        assertThat(threadEntries).extracting(AuditEntryDetails::action, AuditEntryDetails::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reopen", "reviewer"),
                        org.assertj.core.groups.Tuple.tuple("resolve", "afil.rep"));
        assertThat(threadEntries.get(1).before()).containsEntry("resolved", "false");
        assertThat(threadEntries.get(1).after()).containsEntry("resolved", "true").containsEntry("resolvedBy", "afil.rep");
        assertThat(threadEntries.get(0).after()).containsEntry("resolved", "false");
    }

    /** Newest first. */
    private List<AuditEntryDetails> entries(String entityType, long id) {
        SignIn.as(users, "admin");
        return auditLog.search(AuditFilter.none().withEntityType(entityType).withText(String.valueOf(id)),
                        PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> e.entityId().equals(String.valueOf(id)))
                .map(e -> auditLog.find(e.id()).orElseThrow())
                .toList();
    }
}
