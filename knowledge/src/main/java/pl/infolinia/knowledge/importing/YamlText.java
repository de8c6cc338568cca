package pl.infolinia.knowledge.importing;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses YAML into a node tree that remembers lines, so that problems can point at them.
 *
 * <p>Only composes nodes and never constructs objects, so a file cannot instantiate classes, and
 * aliases are limited against "billion laughs" expansion.
 *
 * @param file      the file name used in problems
 * @param firstLine the file line on which the YAML text starts (front matter starts on line 2)
 */
record YamlText(String file, int firstLine) {

    Optional<Node> parse(String text, List<ImportProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit((int) ImportSource.MAX_FILE_BYTES + 1);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : firstLine + mark.getLine();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new ImportProblem(file, line, "", "broken YAML: " + what));
        } catch (YAMLException e) {
            problems.add(new ImportProblem(file, 0, "", "broken YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    int line(Node node) {
        return firstLine + node.getStartMark().getLine();
    }

    /** The keys of a mapping node with their value nodes, or a problem if it is not a mapping. */
    Optional<Map<String, Node>> mapping(Node node, String field, List<ImportProblem> problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new ImportProblem(file, line(node), field, "expected key: value pairs"));
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            }
        }
        return Optional.of(fields);
    }

    /** The items of a sequence node, or a problem if it is not a list. */
    Optional<List<Node>> sequence(Node node, String field, List<ImportProblem> problems) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(new ImportProblem(file, line(node), field, "expected a list"));
            return Optional.empty();
        }
        return Optional.of(sequence.getValue());
    }

    /** The text of a required scalar field, or a problem naming the field. */
    Optional<String> text(Map<String, Node> fields, String field, int ownerLine, List<ImportProblem> problems) {
        Node node = fields.get(field);
        if (node == null) {
            problems.add(new ImportProblem(file, ownerLine, field, "missing field '" + field + "'"));
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(new ImportProblem(file, line(node), field, "field '" + field + "' must be non-empty text"));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }
}
