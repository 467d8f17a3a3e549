package it.lombardia.codesign.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.AuditEvent;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself refuses to change or delete an audit entry, whatever statement reaches it: on
 * H2 and, in the postgres-tests run, on PostgreSQL (where emptying the table is refused too). Every
 * attempt runs in a transaction that is rolled back, so that a missing protection loses nothing.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class AuditAppendOnlyTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    DataSource dataSource;

    String entityId;
    long id;

    @BeforeEach
    void anEntry() {
        entityId = "append-only-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(
                new AuditEvent("admin", "test-thing", entityId, "update", null, Map.of("name", "kept"))));
        id = jdbc.queryForObject("select id from audit_entry where entity_id = ?", Long.class, entityId);
    }

    @Test
    void anUpdateIsRefused() {
        assertThatThrownBy(() -> rolledBack("update audit_entry set actor = 'someone else', after_json = null where id = " + id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertUnchanged();
    }

    @Test
    void aDeleteIsRefused() {
        assertThatThrownBy(() -> rolledBack("delete from audit_entry where id = " + id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> rolledBack("delete from audit_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertUnchanged();
    }

    @Test
    void emptyingTheTableIsRefusedOnPostgres() throws Exception {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
        // H2 has no TRUNCATE trigger, and its TRUNCATE commits at once: it is tried on PostgreSQL only.
        if (database.equals("PostgreSQL")) {
            assertThatThrownBy(() -> rolledBack("truncate audit_entry"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }

        assertUnchanged();
    }

    @Test
    void addingEntriesStillWorks() {
        transaction.executeWithoutResult(status -> events.publishEvent(
                new AuditEvent("admin", "test-thing", entityId, "update", Map.of("name", "kept"), Map.of("name", "new"))));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ?", Integer.class, entityId))
                .isEqualTo(2);
    }

    private void rolledBack(String sql) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute(sql);
        });
    }

    private void assertUnchanged() {
        Map<String, Object> row = jdbc.queryForMap("select actor, after_json from audit_entry where id = ?", id);
        assertThat(row.get("actor")).isEqualTo("admin");
        assertThat((String) row.get("after_json")).contains("kept");
    }
}
