package pl.infolinia.contactcenter.ivr;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns a flow file into an {@link IvrFlow}, noting every structural problem with its line:
 * YAML syntax, missing or unknown fields, unknown node types, bad numbers and codes.
 *
 * <p>Works on snakeyaml's node tree rather than on constructed objects, because only the node
 * tree keeps the line of each field. References between nodes are checked by {@link FlowValidator}.
 */
final class FlowParser {

    private static final Set<String> TOP_LEVEL = Set.of("name", "start", "nodes", "prompts");

    private final List<FlowProblem> problems = new ArrayList<>();
    private final Map<String, Mark> positions = new HashMap<>();
    private final Set<String> declared = new HashSet<>();

    /** The flow as far as it could be read; {@code declared} also names nodes that failed to parse. */
    record Parsed(IvrFlow flow, Set<String> declared, List<FlowProblem> problems, Map<String, Mark> positions) {
    }

    static Parsed parse(String yaml) {
        return new FlowParser().run(yaml);
    }

    private Parsed run(String yaml) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException syntax) {
            Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
            problems.add(new FlowProblem(mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "", "not valid YAML: " + syntax.getProblem()));
            return new Parsed(null, Set.of(), problems, positions);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new FlowProblem(1, 1, "", "a flow file is a mapping with name, start and nodes"));
            return new Parsed(null, Set.of(), problems, positions);
        }
        MappingReader top = new MappingReader("", mapping, problems, positions);
        top.allowOnly(TOP_LEVEL);
        String name = top.required("name").orElse("");
        String start = top.required("start").orElse("");
        Map<String, IvrNode> nodes = new LinkedHashMap<>();
        top.mapping("nodes").ifPresent(all -> readNodes(all, nodes));
        Map<String, String> prompts = new LinkedHashMap<>();
        if (top.names().contains("prompts")) {
            top.mapping("prompts").ifPresent(texts -> texts.names().forEach(n -> texts.optional(n).ifPresent(t -> prompts.put(n, t))));
        }
        return new Parsed(new IvrFlow(name, start, nodes, prompts), declared, problems, positions);
    }

    private void readNodes(MappingReader all, Map<String, IvrNode> nodes) {
        for (String id : all.names()) {
            declared.add(id);
            positions.put("nodes." + id, all.keyMark(id));
            if (!(all.valueNode(id) instanceof MappingNode body)) {
                all.problem(all.valueNode(id).getStartMark(), id, "a node is a mapping with a type and its fields");
                continue;
            }
            MappingReader fields = new MappingReader("nodes." + id, body, problems, positions);
            fields.required("type").flatMap(type -> NodeReader.read(id, type, fields)).ifPresent(node -> nodes.put(id, node));
        }
    }

    /** A menu's options: one key per digit, each naming the node to go to. */
    static Optional<TreeMap<Character, String>> options(MappingReader menu) {
        return menu.mapping("options").map(options -> {
            TreeMap<Character, String> byDigit = new TreeMap<>();
            for (String key : options.names()) {
                if (key.length() != 1 || "0123456789*#".indexOf(key.charAt(0)) < 0) {
                    options.problem(options.valueNode(key).getStartMark(), key, "an option is one key: 0-9, * or #");
                } else if (options.valueNode(key) instanceof ScalarNode) {
                    options.optional(key).ifPresent(target -> byDigit.put(key.charAt(0), target));
                } else {
                    options.problem(options.valueNode(key).getStartMark(), key, "must name a node");
                }
            }
            if (byDigit.isEmpty()) {
                menu.problem(menu.start(), "options", "a menu needs at least one option");
            }
            return byDigit;
        });
    }
}
