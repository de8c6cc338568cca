package pl.infolinia.server.reporting;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.infolinia.reporting.EventSource;
import pl.infolinia.reporting.Reporting;
import pl.infolinia.reporting.metric.FigureSettings;

/** Makes the {@link Reporting} over the database's event store, with the default service-level target (20 s). */
@Configuration
class ReportingConfiguration {

    @Bean
    Reporting reporting(EventSource events, Clock clock) {
        return new Reporting(events, FigureSettings.defaults(), clock);
    }
}
