package pl.infolinia.contactcenter.ivr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import pl.infolinia.contactcenter.QueueCode;

/**
 * Checks a parsed flow as a whole: references to nodes that do not exist, queues, offices and
 * calendars the context does not know, nodes that cannot be reached from the start, loops
 * that would spin without ever waiting for the caller, and queues that may record calls reached
 * without the recording notice.
 */
final class FlowValidator {

    private final IvrFlow flow;
    private final Set<String> declared;
    private final Map<String, Mark> positions;
    private final List<FlowProblem> problems = new ArrayList<>();

    private FlowValidator(IvrFlow flow, Set<String> declared, Map<String, Mark> positions) {
        this.flow = flow;
        this.declared = declared;
        this.positions = positions;
    }

    /**
     * The problems of a parsed flow. {@code declared} are all node ids in the file, parsed or not:
     * a reference to a node that failed to parse is not reported again as a dangling one.
     */
    static List<FlowProblem> validate(IvrFlow flow, Set<String> declared, Map<String, Mark> positions, FlowContext context) {
        FlowValidator validator = new FlowValidator(flow, declared, positions);
        validator.checkReferences();
        validator.checkCodes(context);
        // with a node that failed to parse the graph has a hole, and its successors would all look unreachable
        if (flow.nodes().keySet().equals(declared)) {
            validator.checkReachable();
            validator.checkLoopsWaitForInput();
            validator.checkRecordingNotice(context);
        }
        return validator.problems;
    }

    private void checkReferences() {
        if (!flow.start().isEmpty() && !declared.contains(flow.start())) {
            problem("start", "no node '" + flow.start() + "'");
        }
        for (IvrNode node : flow.nodes().values()) {
            for (IvrNode.Link link : node.links()) {
                if (!declared.contains(link.target())) {
                    problem("nodes." + node.id() + "." + link.field(), "no node '" + link.target() + "'");
                }
            }
        }
    }

    private void checkCodes(FlowContext context) {
        for (IvrNode node : flow.nodes().values()) {
            String field = "nodes." + node.id();
            switch (node) {
                case IvrNode.ToQueue q when !context.queues().contains(q.queue()) ->
                        problem(field + ".queue", "no queue '" + q.queue() + "'");
                case IvrNode.OfferCallback c when !context.queues().contains(c.queue()) ->
                        problem(field + ".queue", "no queue '" + c.queue() + "'");
                case IvrNode.ToOffice o when !context.offices().contains(o.office()) ->
                        problem(field + ".office", "no office '" + o.office() + "' with a transfer destination");
                case IvrNode.LeaveMessage m when m.office().isPresent() && !context.offices().contains(m.office().get()) ->
                        problem(field + ".office", "no office '" + m.office().get() + "'");
                case IvrNode.HoursCheck h when !context.calendars().contains(h.calendar()) ->
                        problem(field + ".calendar", "no calendar '" + h.calendar() + "'");
                default -> {
                }
            }
        }
    }

    private void checkReachable() {
        if (!declared.contains(flow.start())) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(flow.start()));
        while (!toVisit.isEmpty()) {
            String id = toVisit.pop();
            if (reached.add(id) && flow.nodes().containsKey(id)) {
                flow.node(id).links().forEach(link -> toVisit.push(link.target()));
            }
        }
        for (String id : flow.nodes().keySet()) {
            if (!reached.contains(id)) {
                problem("nodes." + id, "node '" + id + "' cannot be reached from start '" + flow.start() + "'");
            }
        }
    }

    /**
     * A breadth-first search from the start that stops at recording notices: a queue it reaches
     * (to wait, or to be called back) whose calls may be recorded is reached without the notice.
     */
    private void checkRecordingNotice(FlowContext context) {
        if (context.recordedQueues().isEmpty() || !declared.contains(flow.start())) {
            return;
        }
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(flow.start()));
        cameFrom.put(flow.start(), null);
        while (!toVisit.isEmpty()) {
            IvrNode node = flow.node(toVisit.removeFirst());
            Optional<QueueCode> queue = switch (node) {
                case IvrNode.ToQueue q -> Optional.of(q.queue());
                case IvrNode.OfferCallback c -> Optional.of(c.queue());
                default -> Optional.empty();
            };
            queue.filter(context.recordedQueues()::contains).ifPresent(q -> problem("nodes." + node.id() + ".queue",
                    "queue '" + q + "' may record calls, but a caller reaches it without the recording notice ("
                            + path(node.id(), cameFrom) + "); play the notice before it: a play node with"
                            + " recording-notice: true"));
            if (node instanceof IvrNode.Play play && play.recordingNotice()) {
                continue;
            }
            for (IvrNode.Link link : node.links()) {
                if (!cameFrom.containsKey(link.target())) {
                    cameFrom.put(link.target(), node.id());
                    toVisit.addLast(link.target());
                }
            }
        }
    }

    private static String path(String to, Map<String, String> cameFrom) {
        List<String> path = new ArrayList<>();
        for (String id = to; id != null; id = cameFrom.get(id)) {
            path.addFirst(id);
        }
        return String.join(" → ", path);
    }

    /** A depth-first search over nodes that do not wait for input; a path back onto itself is a loop. */
    private void checkLoopsWaitForInput() {
        Map<String, Boolean> done = new HashMap<>();
        for (String id : flow.nodes().keySet()) {
            findLoop(id, new LinkedHashSet<>(), done);
        }
    }

    private void findLoop(String id, LinkedHashSet<String> path, Map<String, Boolean> done) {
        IvrNode node = flow.nodes().get(id);
        if (node == null || node.waitsForInput() || done.containsKey(id)) {
            return;
        }
        if (path.contains(id)) {
            List<String> loop = new ArrayList<>(path).subList(new ArrayList<>(path).indexOf(id), path.size());
            problem("nodes." + id, "loop " + String.join(" → ", loop) + " → " + id
                    + " never waits for the caller; put a menu in it or end it");
            return;
        }
        path.add(id);
        for (IvrNode.Link link : node.links()) {
            findLoop(link.target(), path, done);
        }
        path.remove(id);
        done.put(id, true);
    }

    private void problem(String field, String message) {
        Mark mark = positions.get(field);
        if (mark == null) {
            mark = positions.get(field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : field);
        }
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        problems.add(new FlowProblem(line, column, field, message));
    }
}
