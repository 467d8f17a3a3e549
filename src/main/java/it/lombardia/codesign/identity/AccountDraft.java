package it.lombardia.codesign.identity;

import java.util.Set;

/** What an administrator types to create or change an account. */
public record AccountDraft(String username, String displayName, String email, String department,
                           Set<Role> roles, Set<String> clusterCodes) {
    public AccountDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        clusterCodes = clusterCodes == null ? Set.of() : Set.copyOf(clusterCodes);
    }
}
