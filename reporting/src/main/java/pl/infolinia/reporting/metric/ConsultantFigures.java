package pl.infolinia.reporting.metric;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A consultant's interval: time in each {@link AgentState} (from their state changes, cut at the
 * interval's bounds), calls answered and handled (from the traffic figures), and calls that rang
 * at their phone without an answer. Occupancy is (on call + wrap-up) ÷ staffed time.
 */
public record ConsultantFigures(Map<AgentState, Duration> stateTimes, TrafficFigures calls, int ringsNotAnswered) {

    public ConsultantFigures {
        stateTimes = Map.copyOf(stateTimes);
    }

    public Duration time(AgentState state) {
        return stateTimes.getOrDefault(state, Duration.ZERO);
    }

    public Duration staffed() {
        return sum(true);
    }

    public Duration occupied() {
        return sum(false);
    }

    public Optional<Double> occupancy() {
        Duration staffed = staffed();
        return staffed.isZero() ? Optional.empty() : Optional.of((double) occupied().toMillis() / staffed.toMillis());
    }

    private Duration sum(boolean staffed) {
        Duration total = Duration.ZERO;
        for (Map.Entry<AgentState, Duration> entry : stateTimes.entrySet()) {
            if (staffed ? entry.getKey().staffed() : entry.getKey().occupied()) {
                total = total.plus(entry.getValue());
            }
        }
        return total;
    }
}
