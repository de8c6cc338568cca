package pl.infolinia.server.recordingpolicy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import pl.infolinia.contactcenter.OfficeCode;
import pl.infolinia.contactcenter.QueueCode;
import pl.infolinia.contactcenter.hotline.FlowLibrary;
import pl.infolinia.contactcenter.hotline.Hotline;
import pl.infolinia.contactcenter.hotline.HotlineDirectory;
import pl.infolinia.contactcenter.ivr.FlowContext;
import pl.infolinia.contactcenter.ivr.FlowLoader;
import pl.infolinia.contactcenter.ivr.FlowProblem;
import pl.infolinia.contactcenter.queue.Acd;
import pl.infolinia.contactcenter.queue.Queue;
import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicies;
import pl.infolinia.contactcenter.recordingpolicy.RecordingPolicy;
import pl.infolinia.server.audit.AuditAction;
import pl.infolinia.server.audit.Auditor;
import pl.infolinia.server.ivr.HotlineFlowContext;

/**
 * Changes an office's recording policy for the API and the page alike: checks what was asked
 * (modes, the office's own queues), refuses a policy under which a published IVR flow would let
 * callers reach a recorded queue without the recording notice, stores it and audits it. The
 * switchboard reads it at the next answer; nothing needs a restart.
 */
@Component
@ConditionalOnWebApplication
class PolicyChange {

    private final JdbcRecordingPolicies policies;
    private final Acd acd;
    private final HotlineDirectory hotlines;
    private final FlowLibrary flows;
    private final HotlineFlowContext flowContext;
    private final Auditor auditor;

    PolicyChange(JdbcRecordingPolicies policies, Acd acd, HotlineDirectory hotlines, FlowLibrary flows,
            HotlineFlowContext flowContext, Auditor auditor) {
        this.policies = policies;
        this.acd = acd;
        this.hotlines = hotlines;
        this.flows = flows;
        this.flowContext = flowContext;
        this.auditor = auditor;
    }

    /** The queues the office runs, in the ACD's order. */
    List<QueueCode> queuesOf(OfficeCode office) {
        return acd.queues().stream().filter(queue -> queue.office().equals(office)).map(Queue::code).toList();
    }

    /**
     * Stores the wanted policy for the office and audits it.
     *
     * @throws InvalidPolicy if something asked is wrong or a published flow would break it; nothing changes
     */
    RecordingPolicy apply(OfficeCode office, PolicyJson wanted) {
        RecordingPolicy policy = read(office, wanted);
        List<String> broken = flowsBrokenBy(office, policy);
        if (!broken.isEmpty()) {
            throw InvalidPolicy.conflictsWithFlows(broken);
        }
        policies.replace(office, policy);
        auditor.record(AuditAction.OFFICE_CHANGED, office.value(),
                Optional.of(new pl.infolinia.server.office.OfficeCode(office.value())), describe(policy));
        return policies.of(office);
    }

    private RecordingPolicy read(OfficeCode office, PolicyJson wanted) {
        List<String> problems = new ArrayList<>();
        if (wanted == null) {
            throw InvalidPolicy.badRequest(List.of("mode and pauseAllowed are needed"));
        }
        Optional<RecordingMode> mode = mode("mode", wanted.mode(), problems);
        if (wanted.pauseAllowed() == null) {
            problems.add("pauseAllowed (true or false) is needed");
        }
        Set<String> ownQueues = queuesOf(office).stream().map(QueueCode::value).collect(Collectors.toSet());
        Map<QueueCode, RecordingMode> queueModes = new HashMap<>();
        Optional.ofNullable(wanted.queues()).orElse(Map.of()).forEach((queue, text) -> {
            if (!ownQueues.contains(queue)) {
                problems.add("office " + office.value() + " has no queue '" + queue + "'");
            } else if (text != null && !text.isBlank()) {
                mode("queues." + queue, text, problems).ifPresent(m -> queueModes.put(QueueCode.of(queue), m));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidPolicy.badRequest(problems);
        }
        RecordingMode officeMode = mode.orElseThrow();
        queueModes.values().removeIf(officeMode::equals); // the same as the office's is no mode of its own
        return new RecordingPolicy(officeMode, wanted.pauseAllowed(), queueModes);
    }

    private static Optional<RecordingMode> mode(String field, String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add(field + " (ALL, NONE or ON_DEMAND) is needed");
            return Optional.empty();
        }
        Optional<RecordingMode> mode = EnumSet.allOf(RecordingMode.class).stream()
                .filter(m -> m.name().equals(text.strip())).findFirst();
        if (mode.isEmpty()) {
            problems.add(field + " must be ALL, NONE or ON_DEMAND, not '" + text + "'");
        }
        return mode;
    }

    /** The problems the published flows would have under the changed policy and do not have now. */
    private List<String> flowsBrokenBy(OfficeCode office, RecordingPolicy policy) {
        RecordingPolicies withChange = other -> other.equals(office) ? policy : policies.of(other);
        FlowContext now = flowContext.current();
        FlowContext changed = flowContext.current(withChange);
        List<String> broken = new ArrayList<>();
        for (Hotline hotline : hotlines.all()) {
            flows.current(hotline.flow()).ifPresent(version -> {
                List<FlowProblem> before = FlowLoader.check(version.yaml(), now);
                FlowLoader.check(version.yaml(), changed).stream().filter(problem -> !before.contains(problem))
                        .forEach(problem -> broken.add("flow " + version.name() + " version " + version.version()
                                + ", " + problem));
            });
        }
        return broken;
    }

    private static String describe(RecordingPolicy policy) {
        String queues = policy.queueModes().entrySet().stream().map(e -> e.getKey().value() + "=" + e.getValue())
                .sorted().collect(Collectors.joining(", "));
        return "recording " + policy.mode() + ", pause " + (policy.pauseAllowed() ? "allowed" : "not allowed")
                + (queues.isEmpty() ? "" : "; queues " + queues);
    }
}
