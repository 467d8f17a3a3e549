package it.lombardia.codesign.identity;

import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration. Only region administrators may call any of it. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountRules rules;
    private final CurrentActor currentActor;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AccountRules rules,
                   CurrentActor currentActor, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.rules = rules;
        this.currentActor = currentActor;
        this.clock = clock;
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
        requireAdmin();
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
        return summary(accounts.saveAndFlush(account));
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
        apply(account, draft);
        return summary(accounts.saveAndFlush(account));
    }

    @Transactional
    public AccountSummary setEnabled(long id, long expectedVersion, boolean enabled) {
        Actor admin = requireAdmin();
        UserAccount account = load(id, expectedVersion);
        if (account.getId() == admin.id() && !enabled) {
            throw new NotPermittedException("error.account.disable-self");
        }
        account.setEnabled(enabled);
        return summary(accounts.saveAndFlush(account));
    }

    @Transactional
    public AccountSummary resetPassword(long id, long expectedVersion, String password) {
        requireAdmin();
        String passwordError = AccountRules.checkPassword(password);
        if (passwordError != null) {
            throw new InvalidInputException(Map.of("password", passwordError));
        }
        UserAccount account = load(id, expectedVersion);
        account.setPasswordHash(passwordEncoder.encode(password));
        return summary(accounts.saveAndFlush(account));
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
        return new AccountSummary(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getDepartment(), a.getRoles(), a.getClusterCodes(), a.isEnabled());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
