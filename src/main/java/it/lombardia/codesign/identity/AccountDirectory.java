package it.lombardia.codesign.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role or speaks for a cluster, and how to reach them: what other features need to
 * tell people about a change. Disabled accounts are left out everywhere, so nobody who may no
 * longer sign in is told anything.
 *
 * <p>No check of the caller: features call it while handling a change made by someone else, and it
 * gives away no more than names, which every signed-in user already sees next to proposals.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled representatives of any of the clusters, sorted. */
    public Set<String> usernamesRepresenting(Collection<String> clusterCodes) {
        if (clusterCodes == null || clusterCodes.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(accounts.findEnabledUsernamesWithRoleInClusters(Role.REPRESENTATIVE, Set.copyOf(clusterCodes)));
    }

    /** Enabled accounts with the role, sorted. */
    public Set<String> usernamesWithRole(Role role) {
        return new TreeSet<>(accounts.findEnabledUsernamesWithRole(role));
    }

    /** The enabled account's contact details; empty for an unknown or disabled account. */
    public Optional<Contact> contact(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(username)
                .filter(UserAccount::isEnabled)
                .map(AccountDirectory::contactOf);
    }

    /** Every enabled account, by display name: to pick people (members, invitees). */
    public List<Contact> enabledPeople() {
        return accounts.findByEnabledTrueOrderByDisplayNameAsc().stream()
                .map(AccountDirectory::contactOf)
                .toList();
    }

    /**
     * Display names of the accounts (disabled ones too: they name past work), by username as given,
     * read in one query; an unknown username maps to itself, a null one is left out.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Set<String> wanted = new java.util.HashSet<>();
        usernames.stream().filter(java.util.Objects::nonNull).forEach(u -> wanted.add(u.toLowerCase(Locale.ROOT)));
        Map<String, String> found = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            accounts.findByLowercaseUsernames(wanted)
                    .forEach(a -> found.put(a.getUsername().toLowerCase(Locale.ROOT), a.getDisplayName()));
        }
        Map<String, String> names = new java.util.HashMap<>();
        usernames.stream().filter(java.util.Objects::nonNull)
                .forEach(u -> names.put(u, found.getOrDefault(u.toLowerCase(Locale.ROOT), u)));
        return names;
    }

    /** The display name of one account (a disabled one too), the username itself when unknown; null for null. */
    public String displayName(String username) {
        return username == null ? null : displayNames(List.of(username)).get(username);
    }

    private static Contact contactOf(UserAccount a) {
        return new Contact(a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getPreferredLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(a.getPreferredLanguage()));
    }
}
