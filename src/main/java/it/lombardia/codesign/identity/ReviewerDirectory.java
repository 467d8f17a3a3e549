package it.lombardia.codesign.identity;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about accounts that other features need to show or check people: who may be
 * assigned as a reviewer, and the names to show for account names. Never exposes anything else
 * of an account.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewerDirectory {

    /** A person as other features show them. */
    public record Person(String username, String displayName) {
    }

    private final UserAccountRepository accounts;
    private final EntityManager entityManager;

    ReviewerDirectory(UserAccountRepository accounts, EntityManager entityManager) {
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    /** Enabled accounts with the reviewer role, by name. */
    public List<Person> reviewers() {
        return entityManager.createQuery("""
                        select u from UserAccount u
                        where u.enabled = true and :role member of u.roles
                        order by u.displayName, u.username""", UserAccount.class)
                .setParameter("role", Role.REVIEWER)
                .getResultList().stream().map(ReviewerDirectory::person).toList();
    }

    /** The enabled account with the reviewer role of that name, if there is one. */
    public Optional<Person> reviewer(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(username.strip())
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getRoles().contains(Role.REVIEWER))
                .map(ReviewerDirectory::person);
    }

    /** The display name of each account name; unknown names map to themselves. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        List<UserAccount> found = entityManager.createQuery(
                        "select u from UserAccount u where u.username in :names", UserAccount.class)
                .setParameter("names", usernames).getResultList();
        for (String username : usernames) {
            names.put(username, username);
        }
        for (UserAccount account : found) {
            if (account.getDisplayName() != null && !account.getDisplayName().isBlank()) {
                names.put(account.getUsername(), account.getDisplayName());
            }
        }
        return names;
    }

    private static Person person(UserAccount account) {
        return new Person(account.getUsername(), account.getDisplayName());
    }
}
