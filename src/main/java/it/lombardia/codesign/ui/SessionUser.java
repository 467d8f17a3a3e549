package it.lombardia.codesign.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What the UI base needs to know of the signed-in user, implemented by the identity feature so
 * that the base depends on no feature.
 */
public interface SessionUser {

    /** The signed-in user's account name, empty when nobody is signed in. */
    Optional<String> username();

    /** The signed-in user's name for the user menu, empty when nobody is signed in. */
    Optional<String> displayName();

    /** The language the signed-in user chose earlier, if any. */
    Optional<Locale> preferredLanguage();

    /** Keeps the signed-in user's choice for their next sessions; does nothing when signed out. */
    void rememberLanguage(Locale language);
}
