package pl.infolinia.contactcenter.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The public holidays of Poland (ustawa o dniach wolnych od pracy) for any year from 1583.
 *
 * <p>Fixed dates plus the Easter-based ones: Easter Sunday and Monday, Pentecost Sunday (49 days
 * after Easter) and Corpus Christi (60 days after). Epiphany counts from 2011 and Christmas Eve
 * from 2025, when the statute added them; earlier years are computed as the law then stood only
 * for those two changes.
 */
public final class PolishHolidays {

    private static final int EPIPHANY_SINCE = 2011;
    private static final int CHRISTMAS_EVE_SINCE = 2025;

    private PolishHolidays() {
    }

    /** The year's holidays in date order. */
    public static List<PublicHoliday> in(int year) {
        LocalDate easter = EasterSunday.in(year);
        List<PublicHoliday> days = new ArrayList<>();
        days.add(fixed(year, Month.JANUARY, 1, "Nowy Rok"));
        if (year >= EPIPHANY_SINCE) {
            days.add(fixed(year, Month.JANUARY, 6, "Święto Trzech Króli"));
        }
        days.add(new PublicHoliday(easter, "Wielkanoc"));
        days.add(new PublicHoliday(easter.plusDays(1), "Poniedziałek Wielkanocny"));
        days.add(fixed(year, Month.MAY, 1, "Święto Pracy"));
        days.add(fixed(year, Month.MAY, 3, "Święto Konstytucji 3 Maja"));
        days.add(new PublicHoliday(easter.plusDays(49), "Zielone Świątki"));
        days.add(new PublicHoliday(easter.plusDays(60), "Boże Ciało"));
        days.add(fixed(year, Month.AUGUST, 15, "Wniebowzięcie Najświętszej Maryi Panny"));
        days.add(fixed(year, Month.NOVEMBER, 1, "Wszystkich Świętych"));
        days.add(fixed(year, Month.NOVEMBER, 11, "Narodowe Święto Niepodległości"));
        if (year >= CHRISTMAS_EVE_SINCE) {
            days.add(fixed(year, Month.DECEMBER, 24, "Wigilia Bożego Narodzenia"));
        }
        days.add(fixed(year, Month.DECEMBER, 25, "Boże Narodzenie (pierwszy dzień)"));
        days.add(fixed(year, Month.DECEMBER, 26, "Boże Narodzenie (drugi dzień)"));
        days.sort(Comparator.comparing(PublicHoliday::date));
        return List.copyOf(days);
    }

    /** The holiday on that date, if it is one. */
    public static Optional<PublicHoliday> on(LocalDate date) {
        return in(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    public static boolean isHoliday(LocalDate date) {
        return on(date).isPresent();
    }

    private static PublicHoliday fixed(int year, Month month, int day, String name) {
        return new PublicHoliday(LocalDate.of(year, month, day), name);
    }
}
