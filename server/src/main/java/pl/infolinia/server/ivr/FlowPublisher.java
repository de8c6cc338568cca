package pl.infolinia.server.ivr;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.ivr.FlowProblem;
import pl.infolinia.contactcenter.ivr.InvalidFlow;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;

/**
 * Checks and publishes an administrator's flow: stored as the next version, then in force for new
 * calls through the shared {@link FlowLibrary}, then audited. An invalid flow changes nothing.
 */
@Component
class FlowPublisher {

    static final int MAX_BYTES = 256 * 1024;

    private final FlowLibrary library;
    private final JdbcFlowVersions store;
    private final HotlineFlowContext context;
    private final IvrAccess access;
    private final Auditor auditor;
    private final Clock clock;

    FlowPublisher(FlowLibrary library, JdbcFlowVersions store, HotlineFlowContext context, IvrAccess access,
            Auditor auditor, Clock clock) {
        this.library = library;
        this.store = store;
        this.context = context;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Every problem of {@code yaml} as the flow called {@code name}; empty if it may be published.
     *
     * @throws FlowTooLarge past {@value #MAX_BYTES} bytes
     */
    List<FlowProblem> check(String name, String yaml) {
        return check(name, yaml, context.current());
    }

    /**
     * Publishes {@code yaml} as the next version of the flow, for new calls from now on.
     *
     * @throws InvalidFlow with every problem, nothing stored
     * @throws FlowTooLarge past {@value #MAX_BYTES} bytes, nothing stored
     */
    synchronized PublishedFlow publish(String name, String yaml, Optional<String> comment, String publisher) {
        FlowContext now = context.current();
        List<FlowProblem> problems = check(name, yaml, now);
        if (!problems.isEmpty()) {
            throw new InvalidFlow(name + ".yaml", problems);
        }
        int number = store.latest(name).map(latest -> latest.version() + 1).orElse(1);
        PublishedFlow published = new PublishedFlow(name, number, yaml, publisher, clock.instant(), comment);
        // stored first: if the database refuses, calls stay on the version the history shows
        store.add(published);
        library.publish(name + ".yaml", yaml, now);
        auditor.record(AuditAction.IVR_FLOW_PUBLISHED, "ivr flow " + name, access.officeOf(name),
                "version " + number + comment.map(text -> ": " + text).orElse(""));
        return published;
    }

    private static List<FlowProblem> check(String name, String yaml, FlowContext context) {
        int bytes = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new FlowTooLarge(bytes);
        }
        List<FlowProblem> problems = new ArrayList<>(FlowLoader.check(yaml, context));
        if (problems.isEmpty()) {
            String declared = FlowLoader.load(name + ".yaml", yaml, context).name();
            if (!declared.equals(name)) {
                problems.add(new FlowProblem(lineOfName(yaml), 1, "name",
                        "this is flow '" + name + "'; the name cannot change here (found '" + declared + "')"));
            }
        }
        return problems;
    }

    private static int lineOfName(String yaml) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("name:")) {
                return i + 1;
            }
        }
        return 1;
    }
}
