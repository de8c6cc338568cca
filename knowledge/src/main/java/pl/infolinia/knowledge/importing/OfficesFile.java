package pl.infolinia.knowledge.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import pl.infolinia.knowledge.taxonomy.Office;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Offices;

/** Reads offices.yaml: {@code offices: - code, name, kind, transfer_to} (the last two optional). */
final class OfficesFile {

    static final String NAME = "offices.yaml";

    private final YamlText yaml = new YamlText(NAME, 1);
    private final List<ImportProblem> problems;

    OfficesFile(List<ImportProblem> problems) {
        this.problems = problems;
    }

    Offices read(SourceFile file) {
        List<Office> offices = new ArrayList<>();
        Set<OfficeCode> seen = new HashSet<>();
        yaml.parse(file.text(), problems)
                .flatMap(root -> yaml.mapping(root, "offices", problems))
                .flatMap(root -> Optional.ofNullable(root.get("offices"))
                        .or(() -> missing("offices")))
                .flatMap(node -> yaml.sequence(node, "offices", problems))
                .ifPresent(nodes -> nodes.forEach(n -> office(n).ifPresent(office -> {
                    if (seen.add(office.code())) {
                        offices.add(office);
                    } else {
                        problems.add(new ImportProblem(NAME, yaml.line(n), "code",
                                "duplicate office code '" + office.code() + "'"));
                    }
                })));
        return new Offices(offices);
    }

    private Optional<Office> office(Node node) {
        return yaml.mapping(node, "offices", problems).flatMap(fields -> {
            Optional<String> code = yaml.text(fields, "code", yaml.line(node), problems);
            Optional<String> name = yaml.text(fields, "name", yaml.line(node), problems);
            if (code.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Office(new OfficeCode(code.get()), name.get(),
                    optional(fields, "kind").orElse(""), optional(fields, "transfer_to")));
        });
    }

    private static Optional<String> optional(Map<String, Node> fields, String field) {
        return fields.get(field) instanceof ScalarNode scalar && !scalar.getValue().isBlank()
                ? Optional.of(scalar.getValue().strip())
                : Optional.empty();
    }

    private Optional<Node> missing(String field) {
        problems.add(new ImportProblem(NAME, 1, field, "missing field '" + field + "'"));
        return Optional.empty();
    }
}
