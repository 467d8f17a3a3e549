package it.lombardia.codesign.identity;

import it.lombardia.codesign.shared.AuditEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts signing in, signing out and failed sign-ins into the audit log, with the address they came
 * from. Only sign-ins made through the login form count as signing in: a program's HTTP Basic call
 * to the API authenticates on every request and would flood the log, but its failures are failed
 * sign-ins like any other. A failed sign-in keeps the username tried (it is not acted by anyone
 * signed in, so its actor is {@value #ANONYMOUS}) and never the password.
 */
@Component
class SignInAudit implements LogoutHandler {

    static final String ANONYMOUS = "anonymous";
    private static final String ENTITY = "account";
    /** Usernames are at most 60 characters; anything longer was typed by someone probing, and is cut. */
    private static final int TRIED_MAX = 100;

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SignInAudit(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        record(authentication.getName(), authentication.getName(), "sign-in",
                new SignInRecord(address(authentication), null));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        // The name only: the token's credentials are the password typed.
        String tried = event.getAuthentication().getName();
        tried = tried == null || tried.isBlank() ? "-" : tried.strip();
        if (tried.length() > TRIED_MAX) {
            tried = tried.substring(0, TRIED_MAX) + "…";
        }
        record(ANONYMOUS, tried, "sign-in-failed",
                new SignInRecord(address(event.getAuthentication()), reason(event.getException())));
    }

    /** Called by the sign-out (the menu's, through Vaadin, and Spring Security's logout address). */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()) {
            record(authentication.getName(), authentication.getName(), "sign-out",
                    new SignInRecord(request == null ? null : request.getRemoteAddr(), null));
        }
    }

    private void record(String actor, String username, String action, SignInRecord record) {
        transaction.executeWithoutResult(status -> events.publishEvent(
                new AuditEvent(actor, ENTITY, username, action, null, record)));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static String reason(Exception e) {
        return switch (e) {
            case BadCredentialsException ignored -> "bad-credentials";
            case DisabledException ignored -> "disabled";
            case LockedException ignored -> "locked";
            case AccountExpiredException ignored -> "account-expired";
            case CredentialsExpiredException ignored -> "credentials-expired";
            default -> "other";
        };
    }

    /** What the log keeps of a sign-in, sign-out or failed sign-in. */
    record SignInRecord(String remoteAddress, String reason) {
    }
}
