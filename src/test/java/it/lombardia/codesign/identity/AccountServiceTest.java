package it.lombardia.codesign.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Account administration: only administrators, validated, hashed, optimistic locking, no self-lockout. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class AccountServiceTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    // ---------------------------------------------------------------------------------------------
    // Only administrators
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"afil.rep", "reviewer", "observer"})
    void nonAdministratorsAreDenied(String username) {
        SignIn.as(userDetailsService, "admin");
        AccountSummary target = accounts.create(draft(uniqueUsername(), Set.of(Role.OBSERVER), Set.of()), PASSWORD);
        SignIn.as(userDetailsService, username);
        String newUsername = uniqueUsername();
        long before = repository.count();

        assertDenied(() -> accounts.search(null, PageRequest.of(0, 10)));
        assertDenied(() -> accounts.count(null));
        assertDenied(() -> accounts.create(draft(newUsername, Set.of(Role.ADMIN), Set.of()), PASSWORD));
        assertDenied(() -> accounts.update(target.id(), target.version(),
                draft(target.username(), Set.of(Role.ADMIN), Set.of())));
        assertDenied(() -> accounts.setEnabled(target.id(), target.version(), false));
        assertDenied(() -> accounts.resetPassword(target.id(), target.version(), "another password"));

        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.findByUsernameIgnoreCase(newUsername)).isEmpty();
        UserAccount stored = repository.findById(target.id()).orElseThrow();
        assertThat(stored.getRoles()).containsExactly(Role.OBSERVER);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getVersion()).isEqualTo(target.version());
        assertThat(passwordEncoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
    }

    @Test
    void anonymousCallsAreRefused() {
        assertThatThrownBy(() -> accounts.count(null))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);
    }

    // ---------------------------------------------------------------------------------------------
    // Creating
    // ---------------------------------------------------------------------------------------------

    @Test
    void createStoresAHashedPasswordThatSignsIn() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        Instant before = Instant.now();

        AccountSummary created = accounts.create(new AccountDraft(username, "  Ada Lovelace  ", "ada@example.org",
                "University, Research and Innovation", Set.of(Role.REPRESENTATIVE), Set.of("AFIL", "LE2C")), PASSWORD);

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("Ada Lovelace");
        assertThat(created.enabled()).isTrue();
        assertThat(created.roles()).containsExactly(Role.REPRESENTATIVE);
        assertThat(created.clusterCodes()).containsExactlyInAnyOrder("AFIL", "LE2C");
        UserAccount stored = repository.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(stored.getEmail()).isEqualTo("ada@example.org");
        assertThat(stored.getCreatedAt()).isAfterOrEqualTo(before.minusMillis(1));
        UserDetails user = userDetailsService.loadUserByUsername(username);
        assertThat(user.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, user.getPassword())).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD + "!", user.getPassword())).isFalse();
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_REPRESENTATIVE");
        assertThat(accounts.count(username)).isEqualTo(1);
    }

    @Test
    void duplicateUsernameIsRefused() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        accounts.create(draft(username, Set.of(Role.OBSERVER), Set.of()), PASSWORD);
        long before = repository.count();

        InvalidInputException exact = catchThrowableOfType(InvalidInputException.class,
                () -> accounts.create(draft(username, Set.of(Role.ADMIN), Set.of()), PASSWORD));
        InvalidInputException demo = catchThrowableOfType(InvalidInputException.class,
                () -> accounts.create(draft("afil.rep", Set.of(Role.ADMIN), Set.of()), PASSWORD));
        InvalidInputException upper = catchThrowableOfType(InvalidInputException.class,
                () -> accounts.create(draft(username.toUpperCase(), Set.of(Role.ADMIN), Set.of()), PASSWORD));

        assertThat(exact.fieldErrors()).containsEntry("username", "validation.username-taken");
        assertThat(demo.fieldErrors()).containsEntry("username", "validation.username-taken");
        assertThat(upper.fieldErrors()).containsKey("username");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.findByUsernameIgnoreCase(username).orElseThrow().getRoles()).containsExactly(Role.OBSERVER);
    }

    @Test
    void duplicateUsernameIsRefusedWhateverTheCaseOfTheStoredOne() {
        // The rules only let lowercase names in, so a mixed-case name can only come from elsewhere (an import).
        String lower = uniqueUsername();
        UserAccount mixed = new UserAccount("Mixed." + lower.substring(1), passwordEncoder.encode(PASSWORD), Instant.now());
        mixed.setDisplayName("Imported");
        mixed.setRoles(Set.of(Role.OBSERVER));
        repository.saveAndFlush(mixed);
        SignIn.as(userDetailsService, "admin");
        long before = repository.count();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> accounts.create(draft("mixed." + lower.substring(1), Set.of(Role.OBSERVER), Set.of()), PASSWORD));

        assertThat(e.fieldErrors()).containsEntry("username", "validation.username-taken");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void invalidAccountsAreRefusedWithFieldKeys() {
        SignIn.as(userDetailsService, "admin");
        long before = repository.count();

        assertInvalid(draft("ab", Set.of(Role.OBSERVER), Set.of()), PASSWORD, "username", "validation.username");
        assertInvalid(draft("has space", Set.of(Role.OBSERVER), Set.of()), PASSWORD, "username", "validation.username");
        assertInvalid(draft("-starts.with.dash", Set.of(Role.OBSERVER), Set.of()), PASSWORD, "username", "validation.username");
        assertInvalid(draft("x".repeat(61), Set.of(Role.OBSERVER), Set.of()), PASSWORD, "username", "validation.username");
        assertInvalid(draft("  ", Set.of(Role.OBSERVER), Set.of()), PASSWORD, "username", "validation.required");
        assertInvalid(new AccountDraft(uniqueUsername(), "No Email", "not-an-email", null, Set.of(Role.OBSERVER), Set.of()),
                PASSWORD, "email", "validation.email");
        assertInvalid(new AccountDraft(uniqueUsername(), "Two At", "a@b@example.org", null, Set.of(Role.OBSERVER), Set.of()),
                PASSWORD, "email", "validation.email");
        assertInvalid(new AccountDraft(uniqueUsername(), " ", null, null, Set.of(Role.OBSERVER), Set.of()),
                PASSWORD, "displayName", "validation.required");
        assertInvalid(draft(uniqueUsername(), Set.of(), Set.of()), PASSWORD, "roles", "validation.role-required");
        assertInvalid(draft(uniqueUsername(), Set.of(Role.OBSERVER), Set.of()), "seven77", "password", "validation.password-short");
        assertInvalid(draft(uniqueUsername(), Set.of(Role.OBSERVER), Set.of()), null, "password", "validation.password-short");
        assertInvalid(draft(uniqueUsername(), Set.of(Role.OBSERVER), Set.of()), "p".repeat(73), "password", "validation.password-long");
        assertInvalid(draft(uniqueUsername(), Set.of(Role.REPRESENTATIVE), Set.of()), PASSWORD,
                "clusterCodes", "validation.representative-needs-cluster");
        assertInvalid(draft(uniqueUsername(), Set.of(Role.REPRESENTATIVE), Set.of("AFIL", "NOPE")), PASSWORD,
                "clusterCodes", "validation.unknown-cluster");
        assertInvalid(draft(uniqueUsername(), Set.of(Role.WG_MEMBER), Set.of("CAT.AL")), PASSWORD,
                "clusterCodes", "validation.unknown-cluster");

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void boundaryValuesAreAccepted() {
        SignIn.as(userDetailsService, "admin");
        String username = ("b." + UUID.randomUUID() + "x".repeat(60)).substring(0, 60);

        AccountSummary created = accounts.create(draft(username, Set.of(Role.OBSERVER), Set.of()), "p".repeat(8));
        accounts.create(draft(uniqueUsername(), Set.of(Role.OBSERVER), Set.of()), "p".repeat(72));

        assertThat(created.username()).hasSize(60);
        assertThat(passwordEncoder.matches("p".repeat(8), repository.findById(created.id()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    // ---------------------------------------------------------------------------------------------
    // Changing
    // ---------------------------------------------------------------------------------------------

    @Test
    void updateChangesRolesAndClusters() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, Set.of(Role.REPRESENTATIVE), Set.of("AFIL")), PASSWORD);

        AccountSummary updated = accounts.update(created.id(), created.version(), new AccountDraft(username,
                "Renamed", "renamed@example.org", "Economic Development",
                Set.of(Role.REPRESENTATIVE, Role.WG_MEMBER), Set.of("LE2C", "CLM")));

        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.REPRESENTATIVE, Role.WG_MEMBER);
        assertThat(updated.clusterCodes()).containsExactlyInAnyOrder("LE2C", "CLM");
        UserAccount stored = repository.findById(created.id()).orElseThrow();
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.REPRESENTATIVE, Role.WG_MEMBER);
        assertThat(stored.getClusterCodes()).containsExactlyInAnyOrder("LE2C", "CLM");
        assertThat(stored.getDisplayName()).isEqualTo("Renamed");
        assertThat(stored.getDepartment()).isEqualTo("Economic Development");
        assertThat(userDetailsService.loadUserByUsername(username).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_REPRESENTATIVE", "ROLE_WG_MEMBER");

        AccountSummary reviewer = accounts.update(created.id(), updated.version(),
                new AccountDraft(username, "Renamed", null, " ", Set.of(Role.REVIEWER), Set.of()));
        UserAccount again = repository.findById(created.id()).orElseThrow();
        assertThat(reviewer.roles()).containsExactly(Role.REVIEWER);
        assertThat(again.getClusterCodes()).isEmpty();
        assertThat(again.getEmail()).isNull();
        assertThat(again.getDepartment()).isNull();
    }

    @Test
    void theUsernameCannotBeChanged() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, Set.of(Role.OBSERVER), Set.of()), PASSWORD);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> accounts.update(created.id(),
                created.version(), draft(uniqueUsername(), Set.of(Role.OBSERVER), Set.of())));

        assertThat(e.fieldErrors()).containsEntry("username", "validation.username-fixed");
        assertThat(repository.findById(created.id()).orElseThrow().getUsername()).isEqualTo(username);
    }

    @Test
    void disablingAnAccountDisablesItsUserDetails() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, Set.of(Role.OBSERVER), Set.of()), PASSWORD);
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isTrue();

        AccountSummary disabled = accounts.setEnabled(created.id(), created.version(), false);

        assertThat(disabled.enabled()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(repository.findById(created.id()).orElseThrow().isEnabled()).isFalse();

        AccountSummary enabled = accounts.setEnabled(created.id(), disabled.version(), true);
        assertThat(enabled.enabled()).isTrue();
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isTrue();
    }

    @Test
    void resetPasswordReplacesTheHash() {
        SignIn.as(userDetailsService, "admin");
        AccountSummary created = accounts.create(draft(uniqueUsername(), Set.of(Role.OBSERVER), Set.of()), PASSWORD);

        InvalidInputException tooShort = catchThrowableOfType(InvalidInputException.class,
                () -> accounts.resetPassword(created.id(), created.version(), "short"));
        accounts.resetPassword(created.id(), created.version(), "a brand new password");

        assertThat(tooShort.fieldErrors()).isEqualTo(Map.of("password", "validation.password-short"));
        String hash = repository.findById(created.id()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("a brand new password", hash)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorDropTheirOwnAdminRole() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary self = accounts.create(draft(username, Set.of(Role.ADMIN), Set.of()), PASSWORD);
        SignIn.as(userDetailsService, username);

        NotPermittedException disable = catchThrowableOfType(NotPermittedException.class,
                () -> accounts.setEnabled(self.id(), self.version(), false));
        NotPermittedException demote = catchThrowableOfType(NotPermittedException.class,
                () -> accounts.update(self.id(), self.version(), draft(username, Set.of(Role.REVIEWER), Set.of())));

        assertThat(disable.messageKey()).isEqualTo("error.account.disable-self");
        assertThat(demote.messageKey()).isEqualTo("error.account.own-admin-role");
        UserAccount stored = repository.findById(self.id()).orElseThrow();
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getRoles()).containsExactly(Role.ADMIN);
        assertThat(stored.getVersion()).isEqualTo(self.version());

        // keeping the admin role while adding another is fine
        AccountSummary kept = accounts.update(self.id(), self.version(),
                draft(username, Set.of(Role.ADMIN, Role.REVIEWER), Set.of()));
        assertThat(kept.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.REVIEWER);
    }

    @Test
    void staleVersionsAreRefused() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary created = accounts.create(draft(username, Set.of(Role.OBSERVER), Set.of()), PASSWORD);
        AccountSummary updated = accounts.update(created.id(), created.version(),
                draft(username, Set.of(Role.REVIEWER), Set.of()));

        TranslatableException onUpdate = catchThrowableOfType(TranslatableException.class, () -> accounts.update(
                created.id(), created.version(), draft(username, Set.of(Role.ADMIN), Set.of())));
        TranslatableException onDisable = catchThrowableOfType(TranslatableException.class,
                () -> accounts.setEnabled(created.id(), created.version(), false));
        TranslatableException onReset = catchThrowableOfType(TranslatableException.class,
                () -> accounts.resetPassword(created.id(), created.version(), "yet another password"));

        assertThat(onUpdate.messageKey()).isEqualTo("error.stale");
        assertThat(onDisable.messageKey()).isEqualTo("error.stale");
        assertThat(onReset.messageKey()).isEqualTo("error.stale");
        UserAccount stored = repository.findById(created.id()).orElseThrow();
        assertThat(stored.getRoles()).containsExactly(Role.REVIEWER);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getVersion()).isEqualTo(updated.version());
        assertThat(passwordEncoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
    }

    @Test
    void searchFindsByUsernameOrDisplayNameIgnoringCase() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        String token = UUID.randomUUID().toString().replace("-", "");
        accounts.create(new AccountDraft(username, "Searchable " + token, null, null, Set.of(Role.OBSERVER), Set.of()),
                PASSWORD);

        assertThat(accounts.search(token.toUpperCase(), PageRequest.of(0, 10)).getContent())
                .extracting(AccountSummary::username).containsExactly(username);
        assertThat(accounts.count(username.toUpperCase())).isEqualTo(1);
        assertThat(accounts.count(null)).isGreaterThanOrEqualTo(9);
        assertThat(accounts.count("  ")).isEqualTo(accounts.count(null));
    }

    @Test
    void aDemotedAdministratorsOpenSessionCanNoLongerChangeAccounts() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary other = accounts.create(draft(username, Set.of(Role.ADMIN), Set.of()), PASSWORD);
        Authentication session = SignIn.as(userDetailsService, username);
        SignIn.as(userDetailsService, "admin");
        accounts.update(other.id(), other.version(), draft(username, Set.of(Role.REVIEWER), Set.of()));
        SecurityContextHolder.getContext().setAuthentication(session); // still carries ROLE_ADMIN
        String newUsername = uniqueUsername();

        NotPermittedException e = catchThrowableOfType(NotPermittedException.class,
                () -> accounts.create(draft(newUsername, Set.of(Role.ADMIN), Set.of()), PASSWORD));

        assertThat(e.messageKey()).isEqualTo("error.not-permitted");
        assertThat(repository.findByUsernameIgnoreCase(newUsername)).isEmpty();
    }

    @Test
    void aDisabledAdministratorsOpenSessionCanNoLongerChangeAccounts() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary other = accounts.create(draft(username, Set.of(Role.ADMIN), Set.of()), PASSWORD);
        Authentication session = SignIn.as(userDetailsService, username);
        SignIn.as(userDetailsService, "admin");
        AccountSummary disabled = accounts.setEnabled(other.id(), other.version(), false);
        SecurityContextHolder.getContext().setAuthentication(session);

        NotPermittedException e = catchThrowableOfType(NotPermittedException.class,
                () -> accounts.setEnabled(disabled.id(), disabled.version(), true));

        assertThat(e.messageKey()).isEqualTo("error.sign-in-required");
        assertThat(repository.findById(other.id()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void aDisabledAdministratorsOpenSessionCanNoLongerListAccounts() {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary other = accounts.create(draft(username, Set.of(Role.ADMIN), Set.of()), PASSWORD);
        Authentication session = SignIn.as(userDetailsService, username);
        SignIn.as(userDetailsService, "admin");
        accounts.setEnabled(other.id(), other.version(), false);
        SecurityContextHolder.getContext().setAuthentication(session);

        assertThat(catchThrowable(() -> accounts.search(null, PageRequest.of(0, 10))))
                .as("search by a disabled administrator").isInstanceOf(NotPermittedException.class);
        assertThat(catchThrowable(() -> accounts.count(null)))
                .as("count by a disabled administrator").isInstanceOf(NotPermittedException.class);
    }

    // ---------------------------------------------------------------------------------------------

    private static String uniqueUsername() {
        return "t." + UUID.randomUUID();
    }

    private static AccountDraft draft(String username, Set<Role> roles, Set<String> clusters) {
        return new AccountDraft(username, "Test Account", null, null, roles, clusters);
    }

    private void assertInvalid(AccountDraft draft, String password, String field, String key) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> accounts.create(draft, password));
        assertThat(e).as("%s refused", field).isNotNull();
        assertThat(e.fieldErrors()).as(draft.toString()).containsEntry(field, key);
        if (draft.username() != null && !draft.username().isBlank()) {
            assertThat(repository.findByUsernameIgnoreCase(draft.username())).isEmpty();
        }
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
