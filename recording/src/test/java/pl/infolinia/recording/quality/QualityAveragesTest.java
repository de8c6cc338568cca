package pl.infolinia.recording.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.infolinia.recording.quality.Forms.call;
import static pl.infolinia.recording.quality.Forms.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityAveragesTest {

    private final QualityAverages averages = new QualityAverages(ZoneId.of("Europe/Warsaw"));

    // agent1: 70 % and 40 % in the week of Monday 2026-11-30; 100 % the week after. agent2: 60 %, no queue.
    private final List<Evaluation> evaluations = List.of(
            evaluation(call("agent1", "dokumenty", "2026-11-30T08:00:00Z"), 5, 2, 4),
            evaluation(call("agent1", "dokumenty", "2026-12-06T20:00:00Z"), 5, 5, 0),
            evaluation(call("agent1", "zasilki", "2026-12-07T09:00:00Z"), 5, 5, 5),
            evaluation(call("agent2", null, "2026-12-02T09:00:00Z"), 0, 0, 5));

    @Test
    void averagesEachConsultantPerWeek() {
        assertThat(averages.of(evaluations, Grouping.CONSULTANT, Period.WEEK))
                .extracting(Average::periodLabel, Average::group, Average::evaluations, a -> a.percent().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-W49", "agent1", 2, "55.0"),
                        org.assertj.core.groups.Tuple.tuple("2026-W49", "agent2", 1, "60.0"),
                        org.assertj.core.groups.Tuple.tuple("2026-W50", "agent1", 1, "100.0"));
    }

    @Test
    void datesACallInPolishTimeNotUtc() {
        // 2026-12-06T23:30Z is already Monday 2026-12-07 in Warsaw: the next week
        List<Evaluation> late = List.of(evaluation(call("agent1", "dokumenty", "2026-12-06T23:30:00Z"), 5, 5, 5));
        assertThat(averages.of(late, Grouping.OFFICE, Period.WEEK)).singleElement()
                .satisfies(a -> assertThat(a.periodStart()).isEqualTo(LocalDate.parse("2026-12-07")));
    }

    @Test
    void averagesQueuesPerMonthLeavingOutCallsWithoutAQueue() {
        assertThat(averages.of(evaluations, Grouping.QUEUE, Period.MONTH))
                .extracting(Average::periodLabel, Average::group, Average::evaluations, a -> a.percent().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-11", "dokumenty", 1, "70.0"),
                        org.assertj.core.groups.Tuple.tuple("2026-12", "dokumenty", 1, "40.0"),
                        org.assertj.core.groups.Tuple.tuple("2026-12", "zasilki", 1, "100.0"));
    }

    @Test
    void averagesTheOfficeOverEveryEvaluationOnce() {
        // December: 40, 100, 60 -> 66.7
        assertThat(averages.of(evaluations, Grouping.OFFICE, Period.MONTH))
                .extracting(Average::periodLabel, Average::evaluations, a -> a.percent().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11", 1, "70.0"),
                        org.assertj.core.groups.Tuple.tuple("2026-12", 3, "66.7"));
    }

    @Test
    void nothingToAverageGivesNoRows() {
        assertThat(averages.of(List.of(), Grouping.CONSULTANT, Period.MONTH)).isEmpty();
    }
}
