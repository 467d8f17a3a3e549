package it.lombardia.codesign.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * How to reach a person: their name, e-mail address (null when the account has none) and the
 * language they read, English when they never chose one.
 */
public record Contact(String username, String displayName, String email, Locale language) {

    public Optional<String> emailAddress() {
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(email);
    }
}
