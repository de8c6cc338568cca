package pl.infolinia.contactcenter.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolishHolidaysTest {

    @ParameterizedTest
    @CsvSource({
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2019, 2019-04-21", "2000, 2000-04-23", "2038, 2038-04-25", "1818, 1818-03-22", "2285, 2285-03-22"})
    void computesEasterSundayForKnownYears(int year, LocalDate easter) {
        assertThat(EasterSunday.in(year)).isEqualTo(easter);
    }

    @Test
    void knowsTheMovableHolidaysOf2026() {
        assertThat(PolishHolidays.on(LocalDate.of(2026, 4, 6))).get()
                .extracting(PublicHoliday::name).isEqualTo("Poniedziałek Wielkanocny");
        assertThat(PolishHolidays.on(LocalDate.of(2026, 5, 24))).get()
                .extracting(PublicHoliday::name).isEqualTo("Zielone Świątki");
        assertThat(PolishHolidays.on(LocalDate.of(2026, 6, 4))).get()
                .extracting(PublicHoliday::name).isEqualTo("Boże Ciało");
    }

    @Test
    void listsAllFourteenHolidaysOf2026InOrder() {
        assertThat(PolishHolidays.in(2026)).extracting(PublicHoliday::date).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 5),
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 5, 24), LocalDate.of(2026, 6, 4), LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    }

    @Test
    void makesChristmasEveAHolidayFrom2025Only() {
        assertThat(PolishHolidays.isHoliday(LocalDate.of(2024, 12, 24))).isFalse();
        assertThat(PolishHolidays.isHoliday(LocalDate.of(2025, 12, 24))).isTrue();
    }

    @Test
    void makesEpiphanyAHolidayFrom2011Only() {
        assertThat(PolishHolidays.isHoliday(LocalDate.of(2010, 1, 6))).isFalse();
        assertThat(PolishHolidays.isHoliday(LocalDate.of(2011, 1, 6))).isTrue();
    }

    @Test
    void keepsCorpusChristiOnAThursdayAndPentecostOnASundayEveryYear() {
        for (int year = 1900; year <= 2200; year++) {
            LocalDate easter = EasterSunday.in(year);
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter.plusDays(60).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void treatsAnOrdinaryWorkdayAsNoHoliday() {
        assertThat(PolishHolidays.isHoliday(LocalDate.of(2026, 4, 7))).isFalse();
    }
}
