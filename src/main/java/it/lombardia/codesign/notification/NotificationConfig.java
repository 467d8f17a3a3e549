package it.lombardia.codesign.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling is for the e-mail retry job; enabling it twice elsewhere does no harm. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfig {
}
