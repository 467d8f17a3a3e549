package it.lombardia.codesign.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.NotPermittedException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log as the database keeps it: account changes are logged with before and after (and
 * never a password), in the transaction of the change, and only administrators can read them.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class AuditLogTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AuditLog auditLog;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAccountsLifeIsLoggedNewestFirstWithBeforeAndAfter() {
        SignIn.as(userDetailsService, "admin");
        Instant start = Instant.now().minusSeconds(1);
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, "Test Account", Set.of(Role.OBSERVER)), PASSWORD);
        AccountSummary updated = accounts.update(created.id(), created.version(),
                draft(username, "Renamed Account", Set.of(Role.WG_MEMBER, Role.REVIEWER)));
        AccountSummary reset = accounts.resetPassword(created.id(), updated.version(), "a brand new password");
        accounts.setEnabled(created.id(), reset.version(), false);

        List<AuditEntryDetails> log = entriesFor(username);

        assertThat(log).extracting(AuditEntryDetails::action)
                .containsExactly("disable", "password-reset", "update", "create");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.entityType()).isEqualTo("account");
            assertThat(e.entityId()).isEqualTo(username);
            assertThat(e.occurredAt()).isBetween(start, Instant.now().plusSeconds(1));
        });

        AuditEntryDetails creation = log.get(3);
        assertThat(creation.hasBefore()).isFalse();
        assertThat(creation.after()).containsEntry("username", username).containsEntry("displayName", "Test Account")
                .containsEntry("roles", "OBSERVER").containsEntry("enabled", "true");

        AuditEntryDetails update = log.get(2);
        assertThat(update.before()).containsEntry("displayName", "Test Account").containsEntry("roles", "OBSERVER");
        assertThat(update.after()).containsEntry("displayName", "Renamed Account")
                .containsEntry("roles", "REVIEWER, WG_MEMBER");
        assertThat(update.summary()).contains("displayName", "roles").doesNotContain("username", "email");

        AuditEntryDetails disabling = log.get(0);
        assertThat(disabling.before()).containsEntry("enabled", "true");
        assertThat(disabling.after()).containsEntry("enabled", "false");
    }

    @Test
    void noPasswordNorHashReachesTheLog() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, "Secret Keeper", Set.of(Role.OBSERVER)), PASSWORD);
        accounts.resetPassword(created.id(), created.version(), "another secret password");

        AuditEntryDetails reset = entriesFor(username).getFirst();

        assertThat(reset.action()).isEqualTo("password-reset");
        assertThat(reset.hasBefore()).isTrue();
        assertThat(reset.hasAfter()).isTrue();
        assertThat(reset.fields()).noneMatch(f -> f.toLowerCase().contains("password"));
        assertThat(reset.summary()).isEqualTo("version");
        List<String> stored = jdbc.queryForList(
                "select coalesce(before_json, '') || ' ' || coalesce(after_json, '') from audit_entry where entity_id = ?",
                String.class, username);
        assertThat(stored).hasSize(2).allSatisfy(json -> assertThat(json)
                .doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}").doesNotContain("secret")
                .doesNotContain(PASSWORD));
    }

    @Test
    void propertiesNamedLikePasswordsAreDroppedAndDatesAreIsoStrings() {
        SignIn.as(userDetailsService, "admin");
        String id = "leaky-" + UUID.randomUUID();
        Instant when = Instant.parse("2025-11-12T09:04:00Z");
        transaction.executeWithoutResult(status -> events.publishEvent(new AuditEvent("admin", "test-thing", id, "update",
                null, new Leaky("kept", "hunter2", LocalDate.of(2026, 3, 31), when, new Credentials("u", "p4ss")))));

        AuditEntryDetails entry = entriesFor(id).getFirst();

        assertThat(entry.after()).containsOnlyKeys("name", "deadline", "at", "credentials.login")
                .containsEntry("name", "kept").containsEntry("deadline", "2026-03-31")
                .containsEntry("at", "2025-11-12T09:04:00Z").containsEntry("credentials.login", "u");
        assertThat(jdbc.queryForObject("select after_json from audit_entry where entity_id = ?", String.class, id))
                .doesNotContain("hunter2").doesNotContain("p4ss");
    }

    @Test
    void savingAnAccountUnchangedLogsNothing() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountDraft draft = new AccountDraft(username, "Same Again", null, null, Set.of(Role.REPRESENTATIVE),
                Set.of("AFIL", "LE2C"));
        AccountSummary created = accounts.create(draft, PASSWORD);

        AccountSummary saved = accounts.update(created.id(), created.version(), draft);

        assertThat(saved.version()).isEqualTo(created.version());
        assertThat(entriesFor(username)).extracting(AuditEntryDetails::action).containsExactly("create");
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, "Stays The Same", Set.of(Role.OBSERVER)), PASSWORD);

        transaction.executeWithoutResult(status -> {
            accounts.update(created.id(), created.version(), draft(username, "Never Committed", Set.of(Role.REVIEWER)));
            status.setRollbackOnly();
        });

        assertThat(entriesFor(username)).extracting(AuditEntryDetails::action).containsExactly("create");
        assertThat(account(username).displayName()).isEqualTo("Stays The Same");
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenFails() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, "Stays The Same", Set.of(Role.OBSERVER)), PASSWORD);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            accounts.update(created.id(), created.version(), draft(username, "Never Committed", Set.of(Role.REVIEWER)));
            events.publishEvent(new AuditEvent("admin", "account", username, "update", null, new Unwritable("x")));
        })).isNotNull();

        assertThat(account(username).displayName()).isEqualTo("Stays The Same");
        assertThat(entriesFor(username)).extracting(AuditEntryDetails::action).containsExactly("create");
    }

    @Test
    void anEventOutsideATransactionIsRefused() {
        String id = "outside-" + UUID.randomUUID();

        assertThatThrownBy(() -> events.publishEvent(new AuditEvent("admin", "test-thing", id, "update", null, null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);

        assertThat(entriesFor(id)).isEmpty();
    }

    @Test
    void filtersNarrowTheSearch() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, "Filtered", Set.of(Role.OBSERVER)), PASSWORD);
        accounts.update(created.id(), created.version(), draft(username, "Filtered Again", Set.of(Role.OBSERVER)));
        Instant now = Instant.now();
        AuditFilter mine = AuditFilter.none().withText(username.toUpperCase());

        assertThat(auditLog.count(mine)).isEqualTo(2);
        assertThat(auditLog.count(mine.withEntityType("account").withActor("ADM"))).isEqualTo(2);
        assertThat(auditLog.count(mine.withActor("reviewer"))).isZero();
        assertThat(auditLog.count(mine.withEntityType("proposal"))).isZero();
        assertThat(auditLog.count(mine.between(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS)))).isEqualTo(2);
        assertThat(auditLog.count(mine.between(now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)))).isZero();
        assertThat(auditLog.count(AuditFilter.none().withText("displayName").withActor("admin")))
                .isGreaterThanOrEqualTo(1);
        assertThat(auditLog.count(AuditFilter.none().withText("100%_"))).isZero();
        assertThat(auditLog.entityTypes()).contains("account");
        AuditEntrySummary newest = auditLog.search(mine, PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(newest.action()).isEqualTo("update");
        assertThat(newest.summary()).isEqualTo("version, displayName");
        AuditEntryDetails details = auditLog.find(newest.id()).orElseThrow();
        assertThat(details.after()).containsEntry("displayName", "Filtered Again");
        assertThat(List.of(details.id(), details.occurredAt(), details.actor(), details.entityId(), details.summary()))
                .containsExactly(newest.id(), newest.occurredAt(), newest.actor(), newest.entityId(), newest.summary());
        assertThat(auditLog.search(mine, PageRequest.of(1, 1)).getContent()).extracting(AuditEntrySummary::action)
                .containsExactly("create");
        assertThat(auditLog.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void nonAdministratorsCannotReadTheLog() {
        for (String username : List.of("reviewer", "afil.rep", "observer", "wg.member")) {
            SignIn.as(userDetailsService, username);

            assertThatThrownBy(() -> auditLog.search(AuditFilter.none(), PageRequest.of(0, 10)))
                    .as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.find(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.entityTypes()).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        assertThatThrownBy(() -> auditLog.count(AuditFilter.none())).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void anAdministratorDemotedDuringTheirSessionIsRefusedAtOnce() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary other = accounts.create(draft(username, "Soon Demoted", Set.of(Role.ADMIN)), PASSWORD);
        Authentication session = SignIn.as(userDetailsService, username);
        assertThat(auditLog.count(AuditFilter.none())).isPositive();
        SignIn.as(userDetailsService, "admin");
        accounts.update(other.id(), other.version(), draft(username, "Soon Demoted", Set.of(Role.REVIEWER)));
        SecurityContextHolder.getContext().setAuthentication(session); // still carries ROLE_ADMIN

        NotPermittedException e = catchThrowableOfType(NotPermittedException.class,
                () -> auditLog.search(AuditFilter.none(), PageRequest.of(0, 10)));

        assertThat(e.messageKey()).isEqualTo("error.not-permitted");
        assertThat(catchThrowableOfType(NotPermittedException.class, () -> auditLog.find(1))).isNotNull();
    }

    @Test
    void theLogOffersNoWayToChangeOrDeleteEntries() {
        List<String> publicMethods = Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).toList();
        List<String> entriesMethods = Arrays.stream(AuditEntries.class.getDeclaredMethods()).map(Method::getName).toList();

        assertThat(publicMethods).containsOnly("search", "count", "find", "entityTypes");
        assertThat(entriesMethods).noneMatch(name -> name.matches("(?i).*(update|delete|remove|save|merge).*"));
        assertThat(AuditEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        assertThat(AuditEntry.class.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("set"));
    }

    // ---------------------------------------------------------------------------------------------

    record Leaky(String name, String passwordHash, LocalDate deadline, Instant at, Credentials credentials) {
    }

    record Credentials(String login, String newPassword) {
    }

    record Unwritable(String name) {
        @Override
        public String name() {
            throw new IllegalStateException("cannot be read");
        }
    }

    private List<AuditEntryDetails> entriesFor(String entityId) {
        SignIn.as(userDetailsService, "admin");
        return auditLog.search(AuditFilter.none().withText(entityId), PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> e.entityId().equals(entityId))
                .map(e -> auditLog.find(e.id()).orElseThrow())
                .toList();
    }

    private AccountSummary account(String username) {
        SignIn.as(userDetailsService, "admin");
        return accounts.search(username, PageRequest.of(0, 5)).getContent().getFirst();
    }

    private static String uniqueUsername() {
        return "audit." + UUID.randomUUID();
    }

    private static AccountDraft draft(String username, String displayName, Set<Role> roles) {
        return new AccountDraft(username, displayName, null, null, roles, Set.of());
    }
}
