package pl.infolinia.recording.quality;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The mean weighted total of a group's evaluations in one period (calls dated by when they
 * started), each evaluation counting once whatever its form.
 */
public record Average(Period period, LocalDate periodStart, Grouping grouping, String group, int evaluations,
        BigDecimal percent) {

    public String periodLabel() {
        return period.label(periodStart);
    }
}
