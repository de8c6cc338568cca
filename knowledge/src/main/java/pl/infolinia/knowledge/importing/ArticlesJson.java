package pl.infolinia.knowledge.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code articles.json}: a list of objects with the fields of {@link ArticleRecord}.
 *
 * <p>JSON is read by the same line-keeping YAML composer as the other files (JSON without tabs
 * is YAML's flow style), so every problem points at its line. Tabs, which JSON allows only
 * between tokens, become spaces first.
 */
final class ArticlesJson {

    static final String NAME = "articles.json";

    private ArticlesJson() {
    }

    static List<ArticleRecord> read(SourceFile file, List<ImportProblem> problems) {
        YamlText json = new YamlText(NAME, 1);
        List<ArticleRecord> records = new ArrayList<>();
        json.parse(file.text().replace('\t', ' '), problems)
                .flatMap(root -> json.sequence(root, "articles", problems))
                .ifPresent(items -> items.forEach(item -> record(json, item, problems).ifPresent(records::add)));
        return records;
    }

    private static Optional<ArticleRecord> record(YamlText json, Node item, List<ImportProblem> problems) {
        return json.mapping(item, "articles", problems).map(fields -> {
            Map<String, String> values = new HashMap<>();
            Map<String, Integer> lines = new HashMap<>();
            fields.forEach((name, node) -> {
                lines.put(name, json.line(node));
                if (node instanceof ScalarNode scalar) {
                    values.put(name, scalar.getValue());
                } else {
                    problems.add(new ImportProblem(NAME, json.line(node), name, "field '" + name + "' must be text"));
                }
            });
            return new ArticleRecord(NAME, json.line(item), values, lines);
        });
    }
}
