package it.lombardia.codesign.identity;

import it.lombardia.codesign.shared.NotPermittedException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is acting now. Read from the account on every call so that a role or membership removed by
 * an administrator, or a disabled account, takes effect at once, even in an open session.
 */
@Service
public class CurrentActor {

    private final UserAccountRepository accounts;

    CurrentActor(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in, enabled actor; refuses anyone else. */
    @Transactional(readOnly = true)
    public Actor require() {
        return find().orElseThrow(() -> new NotPermittedException("error.sign-in-required"));
    }

    @Transactional(readOnly = true)
    public Optional<Actor> find() {
        return principal()
                .flatMap(p -> accounts.findById(p.accountId()))
                .filter(UserAccount::isEnabled)
                .map(UserAccount::toActor);
    }

    static Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }
}
