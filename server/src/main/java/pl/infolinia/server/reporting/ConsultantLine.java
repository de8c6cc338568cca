package pl.infolinia.server.reporting;

import java.time.Duration;
import pl.infolinia.reporting.metric.AgentState;
import pl.infolinia.reporting.metric.ConsultantFigures;

/** One consultant's figures for the period as the page and exports show them (times in whole seconds). */
public record ConsultantLine(String agent, ConsultantFigures figures) {

    public long seconds(String state) {
        return TrafficLine.seconds(figures.time(AgentState.valueOf(state)));
    }

    public long staffedSeconds() {
        return TrafficLine.seconds(figures.staffed());
    }

    public Double occupancyPercent() {
        return figures.occupancy().map(share -> share * 100).orElse(null);
    }

    public Long ahtSeconds() {
        return figures.calls().averageHandleTime().map(TrafficLine::seconds).orElse(null);
    }

    static long seconds(Duration duration) {
        return TrafficLine.seconds(duration);
    }
}
