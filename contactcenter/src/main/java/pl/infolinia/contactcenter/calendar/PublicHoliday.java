package pl.infolinia.contactcenter.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A statutory day off in Poland with its Polish name, e.g. 2026-04-06 "Poniedziałek Wielkanocny". */
public record PublicHoliday(LocalDate date, String name) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
