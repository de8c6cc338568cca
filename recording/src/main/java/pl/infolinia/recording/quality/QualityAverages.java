package pl.infolinia.recording.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Averages of evaluations per consultant, queue or office by week or month, in the hotline's time
 * zone. Each evaluation's unrounded total counts once; the mean is rounded once, half up.
 */
public final class QualityAverages {

    private final ZoneId zone;

    public QualityAverages(ZoneId zone) {
        this.zone = zone;
    }

    /** Oldest period first; within a period, groups by name. */
    public List<Average> of(List<Evaluation> evaluations, Grouping grouping, Period period) {
        Map<LocalDate, Map<String, Sum>> sums = new TreeMap<>();
        for (Evaluation evaluation : evaluations) {
            Optional<String> group = grouping.of(evaluation.call());
            if (group.isEmpty()) {
                continue;
            }
            LocalDate start = period.start(evaluation.call().started().atZone(zone).toLocalDate());
            sums.computeIfAbsent(start, s -> new TreeMap<>()).computeIfAbsent(group.get(), g -> new Sum())
                    .add(evaluation.exactPercent());
        }
        List<Average> averages = new ArrayList<>();
        sums.forEach((start, groups) -> groups.forEach((group, sum) ->
                averages.add(new Average(period, start, grouping, group, sum.count, sum.mean()))));
        averages.sort(Comparator.comparing(Average::periodStart).thenComparing(Average::group));
        return averages;
    }

    private static final class Sum {
        private int count;
        private double total;

        void add(double percent) {
            count++;
            total += percent;
        }

        BigDecimal mean() {
            return BigDecimal.valueOf(total / count).setScale(1, RoundingMode.HALF_UP);
        }
    }
}
