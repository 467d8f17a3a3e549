package it.lombardia.codesign.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal; only the account id matters, everything else is read fresh. */
class AccountPrincipal extends User {

    private final long accountId;
    private final String displayName;

    AccountPrincipal(long accountId, String username, String displayName, String passwordHash, boolean enabled,
                     Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
    }

    long accountId() {
        return accountId;
    }

    String displayName() {
        return displayName;
    }
}
