package pl.infolinia.server.reporting;

import java.util.List;
import pl.infolinia.reporting.metric.IvrExit;
import pl.infolinia.reporting.metric.KnowledgeUse;
import pl.infolinia.reporting.metric.TransferRow;

/**
 * Everything one report page shows: the table per interval and group, the period's total beside
 * the previous period's, the chart, and the consultants, transfers, IVR exits and knowledge-base use.
 */
public record TrafficReport(ReportRequest request, List<TrafficLine> lines, TrafficLine total, TrafficLine previousTotal,
        TrafficChart chart, List<ConsultantLine> consultants, List<TransferRow> transfers, List<IvrExit> ivrExits,
        List<KnowledgeUse> knowledgeUse) {
}
