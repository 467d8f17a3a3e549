package it.lombardia.codesign.review;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Role;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The accounts reviewing needs, read from the identity feature's directory: who may be assigned,
 * and the names shown next to assignments and assessments.
 */
@Component
class People {

    private final AccountDirectory directory;

    People(AccountDirectory directory) {
        this.directory = directory;
    }

    /** Enabled accounts with the reviewer role, by name. */
    List<Reviewer> reviewers() {
        return directory.usernamesWithRole(Role.REVIEWER).stream()
                .map(this::reviewerOf).flatMap(Optional::stream)
                .sorted(Comparator.comparing((Reviewer r) -> r.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(Reviewer::username))
                .toList();
    }

    /** The enabled account with the reviewer role of that name, if there is one. */
    Optional<Reviewer> reviewer(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return directory.usernamesWithRole(Role.REVIEWER).contains(name) ? reviewerOf(name) : Optional.empty();
    }

    /** The name to show for each account name, disabled accounts included (they name past work), read at once. */
    Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> found = directory.displayNames(usernames);
        Map<String, String> names = new LinkedHashMap<>();
        for (String username : usernames) {
            String name = found.get(username);
            names.putIfAbsent(username, name == null || name.isBlank() ? username : name);
        }
        return names;
    }

    private Optional<Reviewer> reviewerOf(String username) {
        return directory.contact(username).map(c -> new Reviewer(c.username(),
                c.displayName() == null || c.displayName().isBlank() ? c.username() : c.displayName()));
    }
}
