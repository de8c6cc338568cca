package pl.infolinia.contactcenter.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CalendarTextTest {

    private static boolean openAt(OfficeCalendar calendar, String warsawTime) {
        return calendar.isOpen(LocalDateTime.parse(warsawTime).atZone(OfficeCalendar.WARSAW));
    }

    @Test
    void alwaysIsOpenAtNightAndOnHolidays() {
        OfficeCalendar always = CalendarText.parse("always");
        assertThat(openAt(always, "2026-04-06T03:00")).as("Easter Monday, 3 a.m.").isTrue();
    }

    @Test
    void hoursAreOpenOnTheNamedDaysOnlyAndNeverOnPublicHolidays() {
        OfficeCalendar calendar = CalendarText.parse("mon-fri 08:00-20:00, sat 9:00-14:00");
        assertThat(openAt(calendar, "2026-12-01T10:00")).as("Tuesday morning").isTrue();
        assertThat(openAt(calendar, "2026-12-01T20:30")).as("Tuesday evening").isFalse();
        assertThat(openAt(calendar, "2026-12-05T10:00")).as("Saturday morning").isTrue();
        assertThat(openAt(calendar, "2026-12-05T15:00")).as("Saturday afternoon").isFalse();
        assertThat(openAt(calendar, "2026-12-06T10:00")).as("Sunday").isFalse();
        assertThat(openAt(calendar, "2026-04-06T10:00")).as("Easter Monday 2026").isFalse();
        assertThat(openAt(calendar, "2026-04-07T10:00")).as("the Tuesday after").isTrue();
    }

    @Test
    void extraClosedDaysCloseAnOtherwiseOpenDay() {
        OfficeCalendar calendar = CalendarText.parse("mon-fri 08:00-20:00 closed 2026-12-24, 2026-12-31");
        assertThat(openAt(calendar, "2026-12-24T10:00")).isFalse();
        assertThat(openAt(calendar, "2026-12-31T10:00")).isFalse();
        assertThat(openAt(calendar, "2026-12-30T10:00")).isTrue();
    }

    @Test
    void saysWhichPartCannotBeRead() {
        assertThatThrownBy(() -> CalendarText.parse("mon-fri 8-20")).hasMessageContaining("'mon-fri 8-20'")
                .hasMessageContaining("mon-fri 08:00-20:00");
        assertThatThrownBy(() -> CalendarText.parse("fri-mon 08:00-10:00")).hasMessageContaining("backwards");
        assertThatThrownBy(() -> CalendarText.parse("mon 10:00-09:00")).hasMessageContaining("10:00-09:00");
        assertThatThrownBy(() -> CalendarText.parse("always closed 24.12")).hasMessageContaining("'24.12'");
    }
}
