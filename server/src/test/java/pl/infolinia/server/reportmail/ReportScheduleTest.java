package pl.infolinia.server.reportmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;

/** Which whole days each schedule sends, and when a subscription is due. */
class ReportScheduleTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 14);

    @Test
    void eachScheduleSendsTheLatestPeriodThatHasEnded() {
        assertThat(ReportSchedule.DAILY.lastComplete(WEDNESDAY))
                .isEqualTo(new ReportSchedule.Days(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 13)));
        // the week before the current one, Monday to Sunday, also on a Monday
        assertThat(ReportSchedule.WEEKLY.lastComplete(WEDNESDAY))
                .isEqualTo(new ReportSchedule.Days(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11)));
        assertThat(ReportSchedule.WEEKLY.lastComplete(LocalDate.of(2026, 1, 12)))
                .isEqualTo(new ReportSchedule.Days(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11)));
        // across a year's end, and February
        assertThat(ReportSchedule.MONTHLY.lastComplete(LocalDate.of(2026, 1, 1)))
                .isEqualTo(new ReportSchedule.Days(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
        assertThat(ReportSchedule.MONTHLY.lastComplete(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new ReportSchedule.Days(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void aSubscriptionIsDueUntilItsLatestEndedPeriodIsSent() {
        assertThat(subscription(ReportSchedule.DAILY, null).isDue(WEDNESDAY)).isTrue();
        assertThat(subscription(ReportSchedule.DAILY, LocalDate.of(2026, 1, 12)).isDue(WEDNESDAY)).isTrue();
        assertThat(subscription(ReportSchedule.DAILY, LocalDate.of(2026, 1, 13)).isDue(WEDNESDAY)).isFalse();
        assertThat(subscription(ReportSchedule.WEEKLY, LocalDate.of(2026, 1, 11)).isDue(WEDNESDAY)).isFalse();
        assertThat(subscription(ReportSchedule.WEEKLY, LocalDate.of(2026, 1, 11)).isDue(LocalDate.of(2026, 1, 19))).isTrue();
        assertThat(subscription(ReportSchedule.MONTHLY, LocalDate.of(2025, 12, 31)).isDue(WEDNESDAY)).isFalse();
    }

    private static ReportSubscription subscription(ReportSchedule schedule, LocalDate lastSent) {
        return new ReportSubscription(1, ReportSubscription.TRAFFIC, Optional.empty(), IntervalLength.DAY, Grouping.TOTAL,
                "CSV", List.of("a@b.pl"), schedule, Optional.ofNullable(lastSent), "admin");
    }
}
