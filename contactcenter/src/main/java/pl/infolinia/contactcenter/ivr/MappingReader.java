package pl.infolinia.contactcenter.ivr;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the fields of one YAML mapping of a flow file, noting a problem with line and field for
 * anything missing, misspelt or of the wrong kind, and remembering where each field sits.
 */
final class MappingReader {

    private final String path;
    private final MappingNode mapping;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final List<FlowProblem> problems;
    private final Map<String, Mark> positions;

    MappingReader(String path, MappingNode mapping, List<FlowProblem> problems, Map<String, Mark> positions) {
        this.path = path;
        this.mapping = mapping;
        this.problems = problems;
        this.positions = positions;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode().getStartMark(), "", "a field name must be plain text");
                continue;
            }
            if (fields.putIfAbsent(key.getValue(), tuple) != null) {
                problem(key.getStartMark(), key.getValue(), "appears twice");
            }
            positions.put(field(key.getValue()), tuple.getValueNode().getStartMark());
        }
    }

    /** The full dotted name of a field of this mapping, e.g. {@code nodes.menu.timeout}. */
    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    Mark start() {
        return mapping.getStartMark();
    }

    /** The field's text; empty (and a problem noted) if missing or not plain text. */
    Optional<String> required(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty() && !fields.containsKey(name)) {
            problem(mapping.getStartMark(), name, "is missing");
        }
        return value;
    }

    Optional<String> optional(String name) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue());
        }
        problem(tuple.getValueNode().getStartMark(), name, "must be plain text");
        return Optional.empty();
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed range
        }
        problem(fields.get(name).getValueNode().getStartMark(), name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    /** The field as {@code true} or {@code false}; empty if absent, or (with a problem noted) if anything else. */
    Optional<Boolean> bool(String name) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().equals("true") || text.get().equals("false")) {
            return Optional.of(Boolean.parseBoolean(text.get()));
        }
        problem(fields.get(name).getValueNode().getStartMark(), name, "must be true or false");
        return Optional.empty();
    }

    Duration seconds(String name, int fallback, int max) {
        return Duration.ofSeconds(integer(name, fallback, 1, max));
    }

    /** The field's nested mapping, e.g. a menu's options; empty (and a problem noted) if missing or not a mapping. */
    Optional<MappingReader> mapping(String name) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            problem(mapping.getStartMark(), name, "is missing");
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode nested) {
            return Optional.of(new MappingReader(field(name), nested, problems, positions));
        }
        problem(tuple.getValueNode().getStartMark(), name, "must be a mapping of names to values");
        return Optional.empty();
    }

    /** The names of this mapping's fields, in file order. */
    Set<String> names() {
        return fields.keySet();
    }

    /** Where the field's name is written: the line that introduces a node. */
    Mark keyMark(String name) {
        return fields.get(name).getKeyNode().getStartMark();
    }

    Node valueNode(String name) {
        return fields.get(name).getValueNode();
    }

    /** Notes a problem for each field not in {@code allowed}, which is usually a typo. */
    void allowOnly(Set<String> allowed) {
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                problem(fields.get(name).getKeyNode().getStartMark(), name,
                        "unknown field; expected one of " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    void problem(Mark mark, String name, String message) {
        problems.add(new FlowProblem(mark.getLine() + 1, mark.getColumn() + 1, name.isEmpty() ? path : field(name), message));
    }
}
