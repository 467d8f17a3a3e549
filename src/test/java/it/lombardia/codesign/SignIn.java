package it.lombardia.codesign;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo account in the way the login form would, for service tests. */
public final class SignIn {

    private SignIn() {
    }

    public static Authentication as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
