package pl.infolinia.reporting.metric;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import pl.infolinia.contactcenter.contact.AgentStateChanged;
import pl.infolinia.contactcenter.contact.CallEvent;
import pl.infolinia.contactcenter.contact.ContactEvent;
import pl.infolinia.reporting.interval.Interval;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.interval.Period;

/**
 * A period's contacts and consultants' states, folded from the event store in one pass, from which
 * every report is cut: traffic per interval and group, consultants, transfers, IVR exits and
 * knowledge-base use.
 *
 * <p>Feed it the period's events, plus those of a margin before it (so that a call queued just
 * before midnight is whole), each contact's and each consultant's in store order (contacts and
 * consultants are folded apart, so how they interleave changes nothing), then ask for reports. A call counts in the interval in
 * which it first joined a queue of the group; a state time is cut at interval bounds.
 */
public final class HotlineHistory {

    /**
     * The event types that change a figure; the others (offers, recordings, messages, supervisors
     * joining) need not be read. A contact's first event is its first of these types.
     */
    public static final java.util.Set<String> FOLDED_TYPES = java.util.Set.of("CallArrived", "IvrChoiceMade",
            "TopicChosen", "CallQueued", "CallAnswered", "CallNotAnswered", "CallAbandoned", "CallOverflowed",
            "CallbackScheduled", "CallbackAttempted", "CallHeld", "CallResumed", "CallTransferred", "CallEnded",
            "WrapUpDone", "ContactClassified", "ArticleOpened", "KnowledgeSearched", "AgentStateChanged");

    private final Period period;
    private final FigureSettings settings;
    private final ContactFolder contacts = new ContactFolder();
    private final AgentTimelines agents = new AgentTimelines();
    private Instant until;

    public HotlineHistory(Period period, FigureSettings settings) {
        this.period = Objects.requireNonNull(period, "period");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.until = period.to();
    }

    /** Reports a running period only up to {@code now}: states last no longer than that. */
    public HotlineHistory until(Instant now) {
        this.until = now.isBefore(period.to()) ? now : period.to();
        return this;
    }

    /** One event, in the order the store keeps them. */
    public void accept(ContactEvent event) {
        switch (event) {
            case CallEvent call -> contacts.accept(call);
            case AgentStateChanged changed -> agents.accept(changed);
        }
    }

    public Period period() {
        return period;
    }

    public List<TrafficRow> traffic(IntervalLength length, Grouping grouping, Scope scope) {
        Map<Interval, Map<String, TrafficTally>> tallies = new TreeMap<>();
        if (grouping == Grouping.TOTAL) {
            for (Interval interval : period.intervals(length)) {
                tallies.put(interval, new TreeMap<>(Map.of("", new TrafficTally(settings))));
            }
        }
        for (ContactTrail trail : contacts.trails()) {
            for (Map.Entry<String, List<QueueVisit>> unit : units(trail, grouping, scope).entrySet()) {
                Instant start = unit.getValue().getFirst().queuedAt;
                if (period.contains(start)) {
                    tallies.computeIfAbsent(period.interval(start, length), k -> new TreeMap<>())
                            .computeIfAbsent(unit.getKey(), k -> new TrafficTally(settings))
                            .add(unit.getValue());
                }
            }
        }
        List<TrafficRow> rows = new ArrayList<>();
        tallies.forEach((interval, groups) -> groups.forEach(
                (group, tally) -> rows.add(new TrafficRow(interval, group, tally.figures()))));
        return rows;
    }

    /** A contact's visits in scope, per group, each group's visits in order. */
    private static Map<String, List<QueueVisit>> units(ContactTrail trail, Grouping grouping, Scope scope) {
        Map<String, List<QueueVisit>> units = new LinkedHashMap<>();
        for (QueueVisit visit : trail.visits) {
            String key = grouping.key(trail, visit);
            if (key != null && scope.includes(visit)) {
                units.computeIfAbsent(key, k -> new ArrayList<>(2)).add(visit);
            }
        }
        return units;
    }

    /** Every consultant with a state change or a call in the period, per interval they were seen in. */
    public List<ConsultantRow> consultants(IntervalLength length) {
        Map<Interval, Map<String, TrafficFigures>> calls = new TreeMap<>();
        for (TrafficRow row : traffic(length, Grouping.CONSULTANT, Scope.all())) {
            calls.computeIfAbsent(row.interval(), k -> new TreeMap<>()).put(row.group(), row.figures());
        }
        Map<Interval, Map<String, Integer>> rings = ringsNotAnswered(length);
        Map<Interval, Map<String, Map<AgentState, Duration>>> times = new TreeMap<>();
        for (String agent : agents.agents()) {
            agents.times(agent, period, until, length).forEach((interval, perState) -> {
                Map<AgentState, Duration> durations = new EnumMap<>(AgentState.class);
                perState.forEach((state, millis) -> durations.put(state, Duration.ofMillis(millis)));
                times.computeIfAbsent(interval, k -> new TreeMap<>()).put(agent, durations);
            });
        }
        Map<Interval, java.util.SortedSet<String>> seen = new TreeMap<>();
        calls.forEach((interval, m) -> seen.computeIfAbsent(interval, k -> new java.util.TreeSet<>()).addAll(m.keySet()));
        rings.forEach((interval, m) -> seen.computeIfAbsent(interval, k -> new java.util.TreeSet<>()).addAll(m.keySet()));
        times.forEach((interval, m) -> seen.computeIfAbsent(interval, k -> new java.util.TreeSet<>()).addAll(m.keySet()));
        TrafficFigures none = new TrafficTally(settings).figures();
        List<ConsultantRow> rows = new ArrayList<>();
        seen.forEach((interval, names) -> {
            for (String agent : names) {
                rows.add(new ConsultantRow(interval, agent, new ConsultantFigures(
                        times.getOrDefault(interval, Map.of()).getOrDefault(agent, Map.of()),
                        calls.getOrDefault(interval, Map.of()).getOrDefault(agent, none),
                        rings.getOrDefault(interval, Map.of()).getOrDefault(agent, 0))));
            }
        });
        return rows;
    }

    private Map<Interval, Map<String, Integer>> ringsNotAnswered(IntervalLength length) {
        Map<Interval, Map<String, Integer>> rings = new TreeMap<>();
        for (ContactTrail trail : contacts.trails()) {
            for (ContactTrail.Ring ring : trail.unansweredRings) {
                if (period.contains(ring.at())) {
                    rings.computeIfAbsent(period.interval(ring.at(), length), k -> new TreeMap<>())
                            .merge(ring.agent().value(), 1, Integer::sum);
                }
            }
        }
        return rings;
    }

    /** Calls sent to offices, per interval of the transfer and destination office. */
    public List<TransferRow> transfers(IntervalLength length, Scope scope) {
        Map<Interval, Map<String, Integer>> counts = new TreeMap<>();
        for (ContactTrail trail : contacts.trails()) {
            if (!scope.includesAny(trail)) {
                continue;
            }
            for (ContactTrail.Transfer transfer : trail.transfers) {
                if (transfer.office() != null && period.contains(transfer.at())) {
                    counts.computeIfAbsent(period.interval(transfer.at(), length), k -> new TreeMap<>())
                            .merge(transfer.office(), 1, Integer::sum);
                }
            }
        }
        List<TransferRow> rows = new ArrayList<>();
        counts.forEach((interval, offices) -> offices.forEach((office, n) -> rows.add(new TransferRow(interval, office, n))));
        return rows;
    }

    /** Where callers who arrived in the period left the IVR, most callers first. */
    public List<IvrExit> ivrExits() {
        Map<String, Map<IvrExit.How, Integer>> counts = new TreeMap<>();
        for (ContactTrail trail : contacts.trails()) {
            if (trail.arrivedAt != null && period.contains(trail.arrivedAt)) {
                String node = trail.ivrNodes.isEmpty() ? IvrExit.MENU_START : trail.ivrNodes.getLast();
                counts.computeIfAbsent(node, k -> new EnumMap<>(IvrExit.How.class)).merge(IvrExits.how(trail), 1, Integer::sum);
            }
        }
        List<IvrExit> exits = new ArrayList<>();
        counts.forEach((node, hows) -> hows.forEach((how, n) -> exits.add(new IvrExit(node, how, n))));
        exits.sort(Comparator.comparingInt(IvrExit::callers).reversed());
        return exits;
    }

    /** Knowledge-base use per topic, of contacts that started in the period and reached a consultant. */
    public List<KnowledgeUse> knowledgeUse(Scope scope) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ContactTrail trail : contacts.trails()) {
            boolean handled = trail.visits.stream().anyMatch(v -> v.answeredAt != null && scope.includes(v));
            if (handled && period.contains(trail.startedAt())) {
                int[] c = counts.computeIfAbsent(trail.topic(), k -> new int[4]);
                c[0]++;
                c[1] += trail.articlesOpened;
                c[2] += trail.searches;
                c[3] += trail.searchesWithoutResult;
            }
        }
        List<KnowledgeUse> rows = new ArrayList<>();
        counts.forEach((topic, c) -> rows.add(new KnowledgeUse(topic, c[0], c[1], c[2], c[3])));
        return rows;
    }
}
