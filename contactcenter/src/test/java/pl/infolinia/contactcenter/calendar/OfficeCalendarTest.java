package pl.infolinia.contactcenter.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

    private final OfficeCalendar office = OfficeCalendar.of(
            BusinessHours.weekdays(OpeningPeriod.of("08:00", "16:00"))
                    .with(DayOfWeek.MONDAY, List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("13:00", "18:00"))));

    private static ZonedDateTime warsaw(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OfficeCalendar.WARSAW);
    }

    @Test
    void isOpenDuringWeekdayHoursAndClosedAtTheEnd() {
        assertThat(office.isOpen(warsaw("2026-04-08T08:00"))).isTrue();
        assertThat(office.isOpen(warsaw("2026-04-08T15:59:59"))).isTrue();
        assertThat(office.isOpen(warsaw("2026-04-08T16:00"))).isFalse();
        assertThat(office.isOpen(warsaw("2026-04-08T07:59"))).isFalse();
    }

    @Test
    void isClosedOnEasterMondayAndOnCorpusChristi() {
        assertThat(office.isOpen(warsaw("2026-04-06T10:00"))).isFalse();
        assertThat(office.isOpen(warsaw("2026-06-04T10:00"))).isFalse();
        assertThat(office.isOpen(warsaw("2026-06-05T10:00"))).isTrue();
    }

    @Test
    void isClosedAtWeekends() {
        assertThat(office.isOpen(warsaw("2026-04-11T10:00"))).isFalse();
    }

    @Test
    void honoursSplitHoursOnOneWeekday() {
        assertThat(office.isOpen(warsaw("2026-04-13T12:30"))).isFalse();
        assertThat(office.isOpen(warsaw("2026-04-13T17:30"))).isTrue();
    }

    @Test
    void closesOnAnOfficesExtraDay() {
        OfficeCalendar bridgeDay = office.closedAlsoOn(LocalDate.of(2026, 5, 2));
        assertThat(office.isOpen(warsaw("2026-04-30T10:00"))).isTrue();
        assertThat(bridgeDay.closedAlsoOn(LocalDate.of(2026, 4, 30)).isOpen(warsaw("2026-04-30T10:00"))).isFalse();
    }

    @Test
    void answersInWarsawTimeWhateverZoneTheQuestionComesIn() {
        // 06:30 UTC is 08:30 in Warsaw in summer time (CEST, UTC+2)
        assertThat(office.isOpen(ZonedDateTime.of(2026, 7, 1, 6, 30, 0, 0, ZoneId.of("UTC")))).isTrue();
        // 06:30 UTC is 07:30 in Warsaw in winter time (CET, UTC+1)
        assertThat(office.isOpen(ZonedDateTime.of(2026, 1, 14, 6, 30, 0, 0, ZoneId.of("UTC")))).isFalse();
    }

    @Test
    void alwaysOpenCalendarAnswersOnHolidaysAndAtMidnight() {
        OfficeCalendar demo = OfficeCalendar.alwaysOpen();
        assertThat(demo.isOpen(warsaw("2026-12-25T23:59:59.999999999"))).isTrue();
        assertThat(demo.isOpen(warsaw("2026-04-06T00:00"))).isTrue();
    }
}
