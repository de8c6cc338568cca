package pl.infolinia.recording.integrity;

import java.util.List;

/** The outcome of a check: how much was checked and what was found wrong (empty if all is well). */
public record IntegrityReport(int recordingsChecked, int chainEntries, List<Finding> findings) {

    public IntegrityReport {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return findings.isEmpty();
    }
}
