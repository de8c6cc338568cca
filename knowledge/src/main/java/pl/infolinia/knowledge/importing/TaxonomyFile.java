package pl.infolinia.knowledge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import pl.infolinia.knowledge.taxonomy.Category;
import pl.infolinia.knowledge.taxonomy.Section;
import pl.infolinia.knowledge.taxonomy.ServiceGroup;
import pl.infolinia.knowledge.taxonomy.Taxonomy;

/** Reads taxonomy.yaml: {@code sections: - name, categories: - name, groups: [names]}. */
final class TaxonomyFile {

    static final String NAME = "taxonomy.yaml";

    private final YamlText yaml = new YamlText(NAME, 1);
    private final List<ImportProblem> problems;

    TaxonomyFile(List<ImportProblem> problems) {
        this.problems = problems;
    }

    Taxonomy read(SourceFile file) {
        List<Section> sections = new ArrayList<>();
        yaml.parse(file.text(), problems)
                .flatMap(root -> yaml.mapping(root, "sections", problems))
                .flatMap(root -> list(root, "sections", 1))
                .ifPresent(nodes -> nodes.forEach(n -> section(n).ifPresent(sections::add)));
        return new Taxonomy(sections);
    }

    private Optional<Section> section(Node node) {
        return yaml.mapping(node, "sections", problems).flatMap(fields -> {
            Optional<String> name = yaml.text(fields, "name", yaml.line(node), problems);
            List<Category> categories = new ArrayList<>();
            list(fields, "categories", yaml.line(node))
                    .ifPresent(nodes -> nodes.forEach(n -> category(n).ifPresent(categories::add)));
            return name.map(n -> new Section(n, categories));
        });
    }

    private Optional<Category> category(Node node) {
        return yaml.mapping(node, "categories", problems).flatMap(fields -> {
            Optional<String> name = yaml.text(fields, "name", yaml.line(node), problems);
            List<ServiceGroup> groups = new ArrayList<>();
            list(fields, "groups", yaml.line(node)).ifPresent(nodes -> nodes.forEach(n -> {
                if (n instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    groups.add(new ServiceGroup(scalar.getValue().strip()));
                } else {
                    problems.add(new ImportProblem(NAME, yaml.line(n), "groups", "a group is a non-empty name"));
                }
            }));
            return name.map(n -> new Category(n, groups));
        });
    }

    private Optional<List<Node>> list(Map<String, Node> fields, String field, int ownerLine) {
        Node node = fields.get(field);
        if (node == null) {
            problems.add(new ImportProblem(NAME, ownerLine, field, "missing field '" + field + "'"));
            return Optional.empty();
        }
        return yaml.sequence(node, field, problems);
    }
}
