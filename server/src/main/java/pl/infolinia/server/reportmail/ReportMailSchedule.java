package pl.infolinia.server.reportmail;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due reports every {@code infolinia.report-mail.check-every} (default five minutes,
 * first one minute after start). Off with {@code infolinia.report-mail.scheduled=false}.
 */
@Component
@ConditionalOnProperty(name = "infolinia.report-mail.scheduled", havingValue = "true", matchIfMissing = true)
class ReportMailSchedule {

    private final ReportMailings mailings;
    private final Clock clock;

    ReportMailSchedule(ReportMailings mailings, Clock clock) {
        this.mailings = mailings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${infolinia.report-mail.first-check-after:PT1M}",
            fixedDelayString = "${infolinia.report-mail.check-every:PT5M}")
    void sendDueReports() {
        mailings.sendDue(clock.instant());
    }
}
