package pl.infolinia.server.reporting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import pl.infolinia.reporting.Reporting;
import pl.infolinia.reporting.interval.IntervalLength;
import pl.infolinia.reporting.interval.Period;
import pl.infolinia.reporting.metric.Grouping;
import pl.infolinia.reporting.metric.HotlineHistory;
import pl.infolinia.reporting.metric.Scope;
import pl.infolinia.reporting.metric.TrafficRow;
import pl.infolinia.server.office.OfficeCode;
import pl.infolinia.server.user.User;
import pl.infolinia.server.user.Users;

/**
 * Builds a {@link TrafficReport} for a request and scope: the period's history and the previous
 * period's, read from the event store; consultants limited to the scope's office.
 */
@Component
class HotlineReports {

    private final Reporting reporting;
    private final Users users;

    HotlineReports(Reporting reporting, Users users) {
        this.reporting = reporting;
        this.users = users;
    }

    TrafficReport traffic(ReportRequest request, Scope scope) {
        Period period = request.period();
        HotlineHistory history = reporting.history(period);
        HotlineHistory previous = reporting.history(period.previous());
        List<TrafficLine> lines = lines(history.traffic(request.interval(), request.grouping(), scope));
        List<TrafficLine> chartLines = lines(history.traffic(request.interval(), Grouping.TOTAL, scope));
        return new TrafficReport(request, lines, total(history, scope), total(previous, scope), TrafficChart.of(chartLines),
                consultants(history, scope), history.transfers(IntervalLength.PERIOD, scope), history.ivrExits(),
                history.knowledgeUse(scope));
    }

    private static TrafficLine total(HotlineHistory history, Scope scope) {
        TrafficRow row = history.traffic(IntervalLength.PERIOD, Grouping.TOTAL, scope).getFirst();
        return TrafficLine.of(row.interval(), row.group(), row.figures());
    }

    private static List<TrafficLine> lines(List<TrafficRow> rows) {
        return rows.stream().map(r -> TrafficLine.of(r.interval(), r.group(), r.figures())).toList();
    }

    private List<ConsultantLine> consultants(HotlineHistory history, Scope scope) {
        Set<String> office = scope.office().map(code -> users.inOffice(new OfficeCode(code.value())).stream()
                .map(user -> user.username().value()).collect(Collectors.toSet())).orElse(null);
        return history.consultants(IntervalLength.PERIOD).stream()
                .filter(row -> office == null || office.contains(row.agent()))
                .map(row -> new ConsultantLine(row.agent(), row.figures())).toList();
    }
}
