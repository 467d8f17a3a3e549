package it.lombardia.codesign.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** The username look-up that sign-in and the duplicate check rely on. Rolled back after each test. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
class UserAccountRepositoryTest {

    @Autowired
    UserAccountRepository accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void findsADemoAccountWhateverTheCase() {
        for (String typed : new String[] {"afil.rep", "AFIL.REP", "Afil.Rep", "aFiL.rEp"}) {
            UserAccount found = accounts.findByUsernameIgnoreCase(typed).orElseThrow(() -> new AssertionError(typed));
            assertThat(found.getUsername()).isEqualTo("afil.rep");
            assertThat(found.getClusterCodes()).containsExactly("AFIL");
            assertThat(found.getRoles()).containsExactly(Role.REPRESENTATIVE);
        }
        assertThat(accounts.existsByUsernameIgnoreCase("LE2C.Rep")).isTrue();
    }

    @Test
    void matchesTheWholeNameOnlyWithoutWildcards() {
        assertThat(accounts.findByUsernameIgnoreCase("afil.re")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("afil.rep ")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("afil_rep")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("afil%")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("%")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("")).isEmpty();
        assertThat(accounts.existsByUsernameIgnoreCase("afil.re")).isFalse();
    }

    @Test
    void findsAMixedCaseStoredNameByItsLowercaseForm() {
        String suffix = UUID.randomUUID().toString();
        UserAccount saved = new UserAccount("Repo.Test." + suffix, "{noop}unused", Instant.now());
        saved.setDisplayName("Repository Test");
        saved.setRoles(Set.of(Role.OBSERVER, Role.WG_MEMBER));
        saved.setClusterCodes(Set.of("SCC"));
        accounts.saveAndFlush(saved);

        UserAccount found = accounts.findByUsernameIgnoreCase("repo.test." + suffix.toUpperCase()).orElseThrow();

        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getUsername()).isEqualTo("Repo.Test." + suffix);
        assertThat(found.getRoles()).containsExactlyInAnyOrder(Role.OBSERVER, Role.WG_MEMBER);
        assertThat(found.getClusterCodes()).containsExactly("SCC");
        assertThat(accounts.existsByUsernameIgnoreCase("REPO.TEST." + suffix)).isTrue();
        assertThat(accounts.findByUsernameIgnoreCase("repo.test." + UUID.randomUUID())).isEmpty();
    }
}
