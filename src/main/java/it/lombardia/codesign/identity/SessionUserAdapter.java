package it.lombardia.codesign.identity;

import it.lombardia.codesign.ui.SessionUser;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class SessionUserAdapter implements SessionUser {

    private final UserAccountRepository accounts;

    SessionUserAdapter(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> username() {
        return CurrentActor.principal().map(AccountPrincipal::getUsername);
    }

    @Override
    public Optional<String> displayName() {
        return CurrentActor.principal().map(AccountPrincipal::displayName);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLanguage() {
        return CurrentActor.principal()
                .flatMap(p -> accounts.findById(p.accountId()))
                .map(UserAccount::getPreferredLanguage)
                .map(Locale::forLanguageTag);
    }

    @Override
    @Transactional
    public void rememberLanguage(Locale language) {
        CurrentActor.principal()
                .flatMap(p -> accounts.findById(p.accountId()))
                .ifPresent(account -> account.setPreferredLanguage(language.getLanguage()));
    }
}
