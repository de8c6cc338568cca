package pl.infolinia.knowledge.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.WritingStyle;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Placement;

/**
 * Reads one {@code articles/<id>.md}: YAML front matter between {@code ---} lines, then Markdown.
 *
 * <p>Checks what one file can tell on its own; whether its section, office and links exist is
 * checked later against the whole import. An article whose fields could all be read is returned
 * even if the file has other problems, so that cross-file checks still see it.
 */
final class ArticleFile {

    private final List<ImportProblem> problems;

    ArticleFile(List<ImportProblem> problems) {
        this.problems = problems;
    }

    Optional<ParsedArticle> read(SourceFile file) {
        List<String> lines = file.text().lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            problems.add(new ImportProblem(file.path(), 1, "", "missing front matter: the file must start with ---"));
            return Optional.empty();
        }
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        if (end == 0) {
            problems.add(new ImportProblem(file.path(), 1, "", "front matter is not closed by a --- line"));
            return Optional.empty();
        }
        YamlText yaml = new YamlText(file.path(), 2);
        Optional<Map<String, Node>> fields = yaml.parse(String.join("\n", lines.subList(1, end)), problems)
                .flatMap(root -> yaml.mapping(root, "", problems));
        MarkdownBody markdown = new MarkdownBody(file.path(), problems);
        List<BodySection> body = markdown.read(lines.subList(end + 1, lines.size()), end + 2);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<Article> article = article(file.path(), yaml, fields.get(), body);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> fieldLines = new HashMap<>();
        fields.get().forEach((name, node) -> fieldLines.put(name, yaml.line(node)));
        return Optional.of(new ParsedArticle(file.path(), article.get(), fieldLines, markdown.linkLines()));
    }

    private Optional<Article> article(String path, YamlText yaml, Map<String, Node> fields, List<BodySection> body) {
        Optional<String> id = yaml.text(fields, "id", 1, problems);
        Optional<String> title = yaml.text(fields, "title", 1, problems);
        Optional<String> section = yaml.text(fields, "section", 1, problems);
        Optional<String> category = yaml.text(fields, "category", 1, problems);
        Optional<String> group = yaml.text(fields, "group", 1, problems);
        Optional<String> office = yaml.text(fields, "office", 1, problems);
        Optional<String> handledBy = yaml.text(fields, "handled_by", 1, problems);
        Optional<LocalDate> updated = yaml.text(fields, "updated", 1, problems)
                .flatMap(text -> date(path, yaml.line(fields.get("updated")), text));
        Optional<WritingStyle> style = yaml.text(fields, "style", 1, problems)
                .flatMap(text -> choice(WritingStyle.class, path, yaml.line(fields.get("style")), "style", text));
        Optional<ArticleStatus> status = fields.containsKey("status")
                ? yaml.text(fields, "status", 1, problems).flatMap(text ->
                        choice(ArticleStatus.class, path, yaml.line(fields.get("status")), "status", text))
                : Optional.of(ArticleStatus.PUBLISHED);
        id.ifPresent(value -> checkId(path, yaml.line(fields.get("id")), value));
        title.flatMap(MarkdownBody::htmlIn).ifPresent(message ->
                problems.add(new ImportProblem(path, yaml.line(fields.get("title")), "title", message)));
        handledBy.flatMap(MarkdownBody::htmlIn).ifPresent(message ->
                problems.add(new ImportProblem(path, yaml.line(fields.get("handled_by")), "handled_by", message)));
        if (body.stream().noneMatch(s -> s.heading().equals(BodySection.SUMMARY))) {
            problems.add(new ImportProblem(path, 1, BodySection.SUMMARY, "missing section '## W skrócie'"));
        }
        if (id.isEmpty() || !ArticleId.isValid(id.get()) || title.isEmpty() || section.isEmpty()
                || category.isEmpty() || group.isEmpty() || office.isEmpty() || handledBy.isEmpty()
                || updated.isEmpty() || style.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Article(new ArticleId(id.get()), title.get(),
                new Placement(section.get(), category.get(), group.get()), new OfficeCode(office.get()),
                handledBy.get(), updated.get(), style.get(), body, status.get()));
    }

    private void checkId(String path, int line, String id) {
        if (!ArticleId.isValid(id)) {
            problems.add(new ImportProblem(path, line, "id", "'" + id + "' is not a slug of a-z, 0-9 and dashes"));
        }
        String expected = "articles/" + id + ".md";
        if (!path.equals(expected)) {
            problems.add(new ImportProblem(path, line, "id", "id '" + id + "' must equal the file name (" + expected + ")"));
        }
    }

    private Optional<LocalDate> date(String path, int line, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(path, line, "updated", "'" + text + "' is not a date YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    private <E extends Enum<E>> Optional<E> choice(Class<E> type, String path, int line, String field, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(path, line, field, "'" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
            return Optional.empty();
        }
    }
}
