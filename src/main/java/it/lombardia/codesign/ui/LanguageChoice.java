package it.lombardia.codesign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The user's language: picked in the user menu or on the login page, kept in a cookie for the
 * login page and in the account for signed-in users, and applied to every new tab.
 */
@Component
public class LanguageChoice {

    static final String COOKIE = "codesign-lang";
    private static final String CHOSEN_IN_SESSION = LanguageChoice.class.getName() + ".chosen";
    private static final String APPLIED_FOR_USER = LanguageChoice.class.getName() + ".user";

    private final SessionUser sessionUser;

    public LanguageChoice(SessionUser sessionUser) {
        this.sessionUser = sessionUser;
    }

    /** Called for every new UI: decides its language once per session and per signed-in user. */
    void applyTo(UI ui, VaadinRequest request) {
        VaadinSession session = ui.getSession();
        Optional<String> user = sessionUser.username();
        Locale chosen = (Locale) session.getAttribute(CHOSEN_IN_SESSION);
        if (user.isPresent() && !user.get().equals(session.getAttribute(APPLIED_FOR_USER))) {
            session.setAttribute(APPLIED_FOR_USER, user.get());
            Locale language = sessionUser.preferredLanguage().orElse(null);
            if (chosen != null && !chosen.equals(language)) {
                sessionUser.rememberLanguage(chosen);
                language = chosen;
            }
            if (language == null) {
                language = fromCookie(request).orElse(Translations.supported(request.getLocale()));
            }
            session.setLocale(language);
        } else if (chosen == null) {
            session.setLocale(fromCookie(request).orElse(Translations.supported(request.getLocale())));
        }
        setDocumentLanguage(ui, session.getLocale());
    }

    /** Switches the current UI's session to the language and reloads so that every string follows. */
    public void switchTo(Locale requested) {
        UI ui = UI.getCurrent();
        Locale language = Translations.supported(requested);
        VaadinSession session = ui.getSession();
        session.setAttribute(CHOSEN_IN_SESSION, language);
        session.setLocale(language);
        sessionUser.rememberLanguage(language);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax';"
                + "window.location.reload();", COOKIE, language.getLanguage());
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Translations.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst();
    }

    private static void setDocumentLanguage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
