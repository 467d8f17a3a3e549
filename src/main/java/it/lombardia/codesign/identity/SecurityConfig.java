package it.lombardia.codesign.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The open-data API and its documentation: programs read it, so a refusal is a 401 or 403 with a
     * JSON body, never the login page. Callers are recognised by the app's session (a person signed in
     * in the same browser) or by HTTP Basic with an account of the app. Public addresses are listed
     * here; the services decide what each caller reads (anonymous callers get adopted editions only).
     * Only GET is served, so there is nothing for a forged request to change.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/editions", "/api/v1/editions.csv",
                                "/api/v1/editions/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/openapi.json", "/api/openapi.json/**", "/api/docs",
                                "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/rounds", "/api/v1/rounds/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName(API_REALM).authenticationEntryPoint(SecurityConfig::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfig::unauthorized)
                        .accessDeniedHandler(forbidden()))
                // Open data is for any web page to read: other sites' scripts may fetch it, but without the
                // visitor's cookies, so a session in this app never lends its rights to another site.
                .cors(cors -> cors.configurationSource(request -> {
                    CorsConfiguration config = new CorsConfiguration();
                    config.addAllowedOrigin("*");
                    config.addAllowedMethod(HttpMethod.GET);
                    config.addAllowedHeader(HttpHeaders.AUTHORIZATION);
                    config.addExposedHeader(HttpHeaders.CONTENT_DISPOSITION);
                    config.setAllowCredentials(false);
                    return config;
                }))
                // Nothing to come back to after signing in: programs do not follow the login page.
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAudit signInAudit) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/a11y.css", "/accessibility.css", "/images/**",
                "/favicon.ico", "/favicon.svg").permitAll());
        // Calendar apps cannot sign in: a personal feed is read with the secret token in its address.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/calendar/feed/*").permitAll());
        // Unknown addresses must reach Vaadin (for signed-in users) so that they get our not-found page, not a bare 403.
        // Signing out is recorded in the audit log (signing in and failures are, by SignInAudit's event listeners).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("login")
                .addLogoutHandler(signInAudit)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static final String API_REALM = "Co-Design Workspace API";

    private static void unauthorized(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                     org.springframework.security.core.AuthenticationException e) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + API_REALM + "\", charset=\"UTF-8\"");
        error(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                "Sign in to the app in this browser, or send the username and password of your account with HTTP Basic");
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> error(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                "The API only answers GET requests at the addresses of its description, /api/openapi.json");
    }

    /** The same body as the API's own errors (opendata.ApiError), written here as the API's classes are out of reach. */
    private static void error(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
