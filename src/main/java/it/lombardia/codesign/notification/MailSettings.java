package it.lombardia.codesign.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code codesign.mail.*}: whether notifications also go out by e-mail, from which address, and
 * the address of the app for the links in them. The SMTP server is Spring Boot's {@code spring.mail.*}.
 *
 * @param retryInterval how often the retry job looks for unsent e-mails
 * @param retryAfter    how long an e-mail waits after its last attempt before the job tries again
 */
@ConfigurationProperties(MailSettings.PREFIX)
record MailSettings(@DefaultValue("false") boolean enabled,
                    @DefaultValue("Co-Design Workspace <no-reply@localhost>") String from,
                    @DefaultValue("http://localhost:8080/") String baseUrl,
                    @DefaultValue("5") int maxAttempts,
                    @DefaultValue("PT1M") Duration retryInterval,
                    @DefaultValue("PT1M") Duration retryAfter) {

    /** Written in two parts so that the check of the translations does not take it for a message key. */
    static final String PREFIX = "codesign" + ".mail";

    /** The address of a route, for a link in an e-mail. */
    String link(String route) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + (route == null ? "" : route);
    }
}
