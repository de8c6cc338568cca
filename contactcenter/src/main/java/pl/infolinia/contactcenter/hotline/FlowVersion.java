package pl.infolinia.contactcenter.hotline;

import java.time.Instant;
import java.util.Objects;
import pl.infolinia.contactcenter.ivr.IvrFlow;

/** One published version of a flow: its number (from 1), the checked flow and the YAML it came from. */
public record FlowVersion(String name, int version, IvrFlow flow, String yaml, Instant publishedAt) {

    public FlowVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }
}
