package pl.infolinia.server.reportmail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler, for {@link ReportMailSchedule}. */
@Configuration
@EnableScheduling
class ReportMailConfiguration {
}
