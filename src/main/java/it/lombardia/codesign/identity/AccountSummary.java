package it.lombardia.codesign.identity;

import java.util.Set;

/** An account as the administrator's user list shows it. */
public record AccountSummary(long id, long version, String username, String displayName, String email,
                             String department, Set<Role> roles, Set<String> clusterCodes, boolean enabled) {
}
