package pl.infolinia.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.HotlineHistory;
import pl.infolinia.reporting.metric.Scope;

class HotlineHistoryTest {

    private static final List<ContactEvent> EVENTS = ScriptedDay.events();

    /** The store as a list: events in [from, to) in order. */
    private static final EventSource STORE = (from, to, sink) -> EVENTS.stream()
            .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).forEach(sink);

    private final Reporting reporting = new Reporting(STORE, ScriptedDay.settings(), Clock.systemUTC());

    @Test
    void everyFigureOfTheScriptedDayMatchesTheHandWorkedOnes() {
        ScriptedDayFigures.verify(reporting::history);
    }

    @Test
    void aDayStillRunningCountsStatesOnlyUntilNow() {
        Instant tenOClock = ScriptedDay.at("10:00:00");
        HotlineHistory history = new Reporting(STORE, ScriptedDay.settings(), Clock.fixed(tenOClock, ScriptedDay.WARSAW))
                .history(ScriptedDay.day());
        // agent1 logged out at 09:00: 09:00-10:00 only, not until midnight
        assertThat(history.consultants(IntervalLength.DAY).getFirst().figures().time(
                pl.infolinia.reporting.metric.AgentState.LOGGED_OUT)).isEqualTo(java.time.Duration.ofSeconds(27000 + 3600));
    }

    @Test
    void aDayReadWithoutItsMarginMissesTheCallsThatCrossedMidnight() {
        // the store read from midnight only: C1's queueing is not seen, its answer is an orphan and counts nowhere
        HotlineHistory history = new HotlineHistory(ScriptedDay.day(), ScriptedDay.settings());
        EVENTS.stream().filter(e -> ScriptedDay.day().contains(e.at())).forEach(history::accept);
        assertThat(history.traffic(IntervalLength.DAY, Grouping.TOTAL, Scope.all()).getFirst().figures())
                .isEqualTo(ScriptedDayFigures.DAY_TOTAL);
    }
}
