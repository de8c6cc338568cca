package pl.infolinia.server.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.article.WritingStyle;
import pl.infolinia.knowledge.importing.ArticleMarkdown;
import pl.infolinia.knowledge.importing.ImportProblem;
import pl.infolinia.knowledge.taxonomy.OfficeCode;
import pl.infolinia.knowledge.taxonomy.Placement;

/**
 * The editor's form as typed: every field as text, the body as one Markdown text with {@code ##}
 * headings. Turning it into an {@link Article} reports each problem under its field's name.
 */
record ArticleForm(String id, String title, String section, String category, String group, String office,
        String handledBy, String updated, String style, String status, String body, String note) {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 200_000;
    static final int MAX_NOTE = 1000;

    ArticleForm {
        id = text(id);
        title = text(title);
        section = text(section);
        category = text(category);
        group = text(group);
        office = text(office);
        handledBy = text(handledBy);
        updated = text(updated);
        style = text(style).isEmpty() ? "PLAIN" : text(style);
        status = text(status).isEmpty() ? "DRAFT" : text(status);
        body = body == null ? "" : body.replace("\r\n", "\n");
        note = text(note);
    }

    static ArticleForm of(Article article) {
        return new ArticleForm(article.id().value(), article.title(), article.placement().section(),
                article.placement().category(), article.placement().group(), article.office().value(),
                article.handledBy(), article.updated().toString(), article.style().name(), article.status().name(),
                ArticleMarkdown.write(article.body()), "");
    }

    /** An empty form for a new article of the office, dated today. */
    static ArticleForm blank(String office, LocalDate today) {
        return new ArticleForm("", "", "", "", "", office, "", today.toString(), "PLAIN", "DRAFT",
                "## W skrócie\n\n", "");
    }

    /**
     * The article this form describes, or every problem of the form.
     *
     * @param problems filled with the problems found; the field of each is a form field's name
     */
    Optional<Article> article(List<ImportProblem> problems) {
        ArticleMarkdown.Parsed parsed = ArticleMarkdown.read(body);
        problems.addAll(parsed.problems());
        require(problems, "id", id, ArticleId.isValid(id), "a slug of a-z, 0-9 and dashes, such as dowod-osobisty-utrata");
        require(problems, "title", title, title.length() <= MAX_TITLE, "at most " + MAX_TITLE + " characters");
        require(problems, "section", section, true, "");
        require(problems, "category", category, true, "");
        require(problems, "group", group, true, "");
        require(problems, "office", office, true, "");
        require(problems, "handledBy", handledBy, true, "");
        require(problems, "note", "-", note.length() <= MAX_NOTE, "at most " + MAX_NOTE + " characters");
        require(problems, "body", "-", body.length() <= MAX_BODY, "at most " + MAX_BODY + " characters");
        ArticleMarkdown.htmlIn(title).ifPresent(message -> problems.add(new ImportProblem("form", 0, "title", message)));
        ArticleMarkdown.htmlIn(handledBy)
                .ifPresent(message -> problems.add(new ImportProblem("form", 0, "handledBy", message)));
        Optional<LocalDate> date = date(problems);
        Optional<WritingStyle> writing = choice(WritingStyle.class, "style", style, problems);
        Optional<ArticleStatus> state = choice(ArticleStatus.class, "status", status, problems);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Article(new ArticleId(id), title, new Placement(section, category, group),
                new OfficeCode(office), handledBy, date.orElseThrow(), writing.orElseThrow(), parsed.sections(),
                state.orElseThrow()));
    }

    private Optional<LocalDate> date(List<ImportProblem> problems) {
        try {
            return Optional.of(LocalDate.parse(updated));
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem("form", 0, "updated", "'" + updated + "' is not a date YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String field, String value,
            List<ImportProblem> problems) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem("form", 0, field, "'" + value + "' is not a choice of this field"));
            return Optional.empty();
        }
    }

    private static void require(List<ImportProblem> problems, String field, String value, boolean valid, String rule) {
        if (value.isEmpty()) {
            problems.add(new ImportProblem("form", 0, field, "required"));
        } else if (!valid) {
            problems.add(new ImportProblem("form", 0, field, rule));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
