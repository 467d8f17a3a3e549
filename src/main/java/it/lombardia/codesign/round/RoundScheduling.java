package it.lombardia.codesign.round;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Phases move on with the calendar; see {@link PhaseClock}. */
@Configuration
@EnableScheduling
class RoundScheduling {
}
