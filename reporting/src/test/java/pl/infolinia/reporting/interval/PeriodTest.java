package pl.infolinia.reporting.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Test
    void theDaySummerTimeStartsHas23HoursAndTheDayItEnds25() {
        assertThat(Period.days(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), WARSAW).intervals(IntervalLength.HOUR))
                .hasSize(23);
        assertThat(Period.days(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), WARSAW).intervals(IntervalLength.QUARTER_HOUR))
                .hasSize(100);
        assertThat(Period.days(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), WARSAW).intervals(IntervalLength.DAY))
                .singleElement().extracting(Interval::duration).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirstInLocalTime() {
        Period january = Period.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), WARSAW);
        assertThat(january.intervals(IntervalLength.WEEK)).extracting(i -> i.start().atZone(WARSAW).toLocalDate())
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12),
                        LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
        assertThat(january.intervals(IntervalLength.MONTH)).singleElement()
                .satisfies(i -> assertThat(i.end()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z")));
        assertThat(IntervalLength.QUARTER_HOUR.start(Instant.parse("2026-01-14T07:14:59Z"), WARSAW))
                .isEqualTo(Instant.parse("2026-01-14T07:00:00Z"));
    }

    @Test
    void thePreviousPeriodIsAsManyDaysJustBefore() {
        Period week = Period.days(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 18), WARSAW);
        assertThat(week.previous()).isEqualTo(Period.days(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11), WARSAW));
    }

    @Test
    void refusesBackwardsAndOverlongPeriods() {
        assertThatThrownBy(() -> Period.days(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), WARSAW))
                .hasMessageContaining("before the first");
        assertThatThrownBy(() -> Period.days(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1), WARSAW))
                .hasMessageContaining("at most 400 days");
    }
}
