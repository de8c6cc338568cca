package pl.infolinia.knowledge.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.BodySection;
import pl.infolinia.knowledge.article.WritingStyle;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Placement;

/**
 * One article as a row of {@code articles.csv} or an object of {@code articles.json}: the front
 * matter's fields by name, and {@code body}, the Markdown with its {@code ##} headings.
 *
 * <p>Problems point at the file and the line where the row or field starts; a problem inside the
 * body also names its line within the body ("body line 3"), since JSON keeps a body on one line.
 *
 * @param file       the file, such as {@code articles.csv}
 * @param line       the line where the article starts
 * @param values     field name to text; absent fields are missing
 * @param fieldLines field name to its line, where known
 */
record ArticleRecord(String file, int line, Map<String, String> values, Map<String, Integer> fieldLines) {

    static final List<String> FIELDS = List.of("id", "title", "section", "category", "group", "office", "handled_by",
            "updated", "style", "status", "body");
    private static final List<String> REQUIRED = FIELDS.stream().filter(f -> !f.equals("status")).toList();

    Optional<ParsedArticle> read(List<ImportProblem> problems) {
        for (String field : REQUIRED) {
            if (values.getOrDefault(field, "").isBlank()) {
                problems.add(new ImportProblem(file, lineOf(field), field, values.containsKey(field)
                        ? "field '" + field + "' must be non-empty text" : "missing field '" + field + "'"));
            }
        }
        values.keySet().stream().filter(field -> !FIELDS.contains(field)).forEach(field -> problems.add(
                new ImportProblem(file, lineOf(field), field, "unknown field '" + field + "'; the fields are " + FIELDS)));
        String id = text("id");
        if (!id.isEmpty() && !ArticleId.isValid(id)) {
            problems.add(new ImportProblem(file, lineOf("id"), "id", "'" + id + "' is not a slug of a-z, 0-9 and dashes"));
        }
        for (String field : List.of("title", "handled_by")) {
            ArticleMarkdown.htmlIn(text(field)).ifPresent(m -> problems.add(new ImportProblem(file, lineOf(field), field, m)));
        }
        List<BodySection> body = body(problems);
        Optional<LocalDate> updated = date(problems);
        Optional<WritingStyle> style = choice(WritingStyle.class, "style", text("style"), problems);
        Optional<ArticleStatus> status = text("status").isEmpty() ? Optional.of(ArticleStatus.PUBLISHED)
                : choice(ArticleStatus.class, "status", text("status"), problems);
        boolean complete = REQUIRED.stream().noneMatch(field -> text(field).isEmpty()) && ArticleId.isValid(id);
        if (!complete || updated.isEmpty() || style.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        // an article with other problems (HTML, bad headings) still takes part in the cross-file checks
        Article article = new Article(new ArticleId(id), text("title"),
                new Placement(text("section"), text("category"), text("group")), new OfficeCode(text("office")),
                text("handled_by"), updated.get(), style.get(), body, status.get());
        Map<String, Integer> lines = new HashMap<>();
        FIELDS.forEach(field -> lines.put(field, lineOf(field)));
        Map<String, Integer> links = new HashMap<>();
        article.links().forEach(link -> links.put(link, lineOf("body")));
        return Optional.of(new ParsedArticle(file, article, lines, links));
    }

    /** The id, if the record names a valid one, so that links to an article with other problems are not reported too. */
    Optional<String> id() {
        return Optional.of(text("id")).filter(ArticleId::isValid);
    }

    private List<BodySection> body(List<ImportProblem> problems) {
        ArticleMarkdown.Parsed parsed = ArticleMarkdown.read(text("body"));
        if (!values.getOrDefault("body", "").isBlank()) {
            parsed.problems().forEach(p -> problems.add(new ImportProblem(file, lineOf("body"),
                    p.field().isEmpty() ? "body" : "body: " + p.field(),
                    (p.line() > 0 ? "body line " + p.line() + ": " : "") + p.message())));
        }
        return parsed.sections();
    }

    private Optional<LocalDate> date(List<ImportProblem> problems) {
        if (text("updated").isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text("updated")));
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(file, lineOf("updated"), "updated",
                    "'" + text("updated") + "' is not a date YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    private <E extends Enum<E>> Optional<E> choice(Class<E> type, String field, String text,
            List<ImportProblem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(file, lineOf(field), field, "'" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
            return Optional.empty();
        }
    }

    private String text(String field) {
        return values.getOrDefault(field, "").strip();
    }

    private int lineOf(String field) {
        return fieldLines.getOrDefault(field, line);
    }
}
