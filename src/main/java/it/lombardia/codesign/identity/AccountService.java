package it.lombardia.codesign.identity;

import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. Only region administrators may call any of it. Every change is reported to
 * the audit log in its own transaction, as the account's summary before and after (never a password).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountRules rules;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AccountRules rules,
                   CurrentActor currentActor, Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.rules = rules;
        this.currentActor = currentActor;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Pageable pageable) {
        requireAdmin();
        return accounts.search(blankToNull(text), pageable).map(AccountService::summary);
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        requireAdmin();
        return accounts.countSearch(blankToNull(text));
    }

    @Transactional
    public AccountSummary create(AccountDraft draft, String password) {
        Actor admin = requireAdmin();
        rules.require(draft);
        String passwordError = AccountRules.checkPassword(password);
        if (passwordError != null) {
            throw new InvalidInputException(Map.of("password", passwordError));
        }
        if (accounts.existsByUsernameIgnoreCase(draft.username())) {
            throw new InvalidInputException(Map.of("username", "validation.username-taken"));
        }
        UserAccount account = new UserAccount(draft.username(), passwordEncoder.encode(password), clock.instant());
        apply(account, draft);
        AccountSummary created = summary(accounts.saveAndFlush(account));
        audit(admin, "create", null, created);
        return created;
    }

    @Transactional
    public AccountSummary update(long id, long expectedVersion, AccountDraft draft) {
        Actor admin = requireAdmin();
        rules.require(draft);
        UserAccount account = load(id, expectedVersion);
        if (!account.getUsername().equalsIgnoreCase(draft.username())) {
            throw new InvalidInputException(Map.of("username", "validation.username-fixed"));
        }
        if (account.getId() == admin.id() && !draft.roles().contains(Role.ADMIN)) {
            throw new NotPermittedException("error.account.own-admin-role");
        }
        AccountSummary before = summary(account);
        apply(account, draft);
        AccountSummary after = summary(accounts.saveAndFlush(account));
        if (!after.equals(before)) {
            audit(admin, "update", before, after);
        }
        return after;
    }

    @Transactional
    public AccountSummary setEnabled(long id, long expectedVersion, boolean enabled) {
        Actor admin = requireAdmin();
        UserAccount account = load(id, expectedVersion);
        if (account.getId() == admin.id() && !enabled) {
            throw new NotPermittedException("error.account.disable-self");
        }
        AccountSummary before = summary(account);
        account.setEnabled(enabled);
        AccountSummary after = summary(accounts.saveAndFlush(account));
        audit(admin, enabled ? "enable" : "disable", before, after);
        return after;
    }

    @Transactional
    public AccountSummary resetPassword(long id, long expectedVersion, String password) {
        Actor admin = requireAdmin();
        String passwordError = AccountRules.checkPassword(password);
        if (passwordError != null) {
            throw new InvalidInputException(Map.of("password", passwordError));
        }
        UserAccount account = load(id, expectedVersion);
        AccountSummary before = summary(account);
        account.setPasswordHash(passwordEncoder.encode(password));
        AccountSummary after = summary(accounts.saveAndFlush(account));
        // The summaries hold no password: the entry tells that it was reset, and by whom, not what to.
        audit(admin, "password-reset", before, after);
        return after;
    }

    private void audit(Actor admin, String action, AccountSummary before, AccountSummary after) {
        events.publishEvent(new AuditEvent(admin.username(), "account", after.username(), action, before, after));
    }

    /** Method security already checked the role; the account behind the session must still be an enabled admin. */
    private Actor requireAdmin() {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new NotPermittedException("error.not-permitted");
        }
        return actor;
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new TranslatableException("error.account.not-found"));
        if (account.getVersion() != expectedVersion) {
            throw new TranslatableException("error.stale");
        }
        return account;
    }

    private static void apply(UserAccount account, AccountDraft draft) {
        account.setDisplayName(draft.displayName().strip());
        account.setEmail(blankToNull(draft.email()));
        account.setDepartment(blankToNull(draft.department()));
        account.setRoles(draft.roles());
        account.setClusterCodes(draft.clusterCodes());
    }

    static AccountSummary summary(UserAccount a) {
        // Copies, so that a summary taken before a change does not follow the entity's live sets.
        return new AccountSummary(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getDepartment(), Set.copyOf(a.getRoles()), Set.copyOf(a.getClusterCodes()), a.isEnabled());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
