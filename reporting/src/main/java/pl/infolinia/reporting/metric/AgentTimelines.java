package pl.infolinia.reporting.metric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.reporting.interval.Interval;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.interval.Period;

/**
 * Consultants' state changes in store order, turned into time per state per interval. Before an
 * agent's first change read, their state is unknown and counts nowhere; the last one lasts until
 * the end of what is reported ({@code until}: the period's end, or now for a period still running).
 */
final class AgentTimelines {

    private final Map<String, List<Change>> changes = new HashMap<>();

    void accept(AgentStateChanged changed) {
        changes.computeIfAbsent(changed.agentId().value(), a -> new ArrayList<>())
                .add(new Change(changed.at(), AgentState.of(changed.presence(), changed.activity())));
    }

    java.util.Set<String> agents() {
        return changes.keySet();
    }

    /** Milliseconds per state for one agent, per interval start. */
    Map<Interval, Map<AgentState, Long>> times(String agent, Period period, Instant until, IntervalLength length) {
        Map<Interval, Map<AgentState, Long>> times = new HashMap<>();
        List<Change> list = changes.getOrDefault(agent, List.of());
        Instant end = until.isBefore(period.to()) ? until : period.to();
        for (int i = 0; i < list.size(); i++) {
            Instant from = max(list.get(i).at, period.from());
            Instant to = i + 1 < list.size() ? min(list.get(i + 1).at, end) : end;
            AgentState state = list.get(i).state;
            while (from.isBefore(to)) {
                Interval interval = period.interval(from, length);
                Instant stop = min(interval.end(), to);
                times.computeIfAbsent(interval, k -> new EnumMap<>(AgentState.class))
                        .merge(state, stop.toEpochMilli() - from.toEpochMilli(), Long::sum);
                from = stop;
            }
        }
        return times;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Change(Instant at, AgentState state) {
    }
}
