package pl.infolinia.knowledge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.infolinia.knowledge.article.BodySection;

/**
 * An article's body as one Markdown text with {@code ##} headings, as the editor shows it.
 *
 * <p>Reading applies the import's rules: only the format's headings, in their order, no text
 * before the first heading, and no HTML at all (a {@code <script>} is refused with a clear
 * problem, never stored). Problems name the file {@value #FILE} and the line in the text.
 */
public final class ArticleMarkdown {

    /** The file name problems of the editor's body carry. */
    public static final String FILE = "body";

    private ArticleMarkdown() {
    }

    /**
     * What an editor's body text holds.
     *
     * @param sections the body sections, in order
     * @param problems what is wrong, each with its line; empty when it can be saved
     */
    public record Parsed(List<BodySection> sections, List<ImportProblem> problems) {

        public Parsed {
            sections = List.copyOf(sections);
            problems = List.copyOf(problems);
        }
    }

    /** Splits the text into sections and checks it as the import would. */
    public static Parsed read(String markdown) {
        List<ImportProblem> problems = new ArrayList<>();
        List<BodySection> sections = new MarkdownBody(FILE, problems).read(markdown.lines().toList(), 1);
        if (sections.stream().noneMatch(s -> s.heading().equals(BodySection.SUMMARY))) {
            problems.add(new ImportProblem(FILE, 1, BodySection.SUMMARY, "missing section '## W skrócie'"));
        }
        return new Parsed(sections, problems);
    }

    /** The body as the editor shows it: each section under its {@code ##} heading. */
    public static String write(List<BodySection> body) {
        StringBuilder text = new StringBuilder();
        for (BodySection section : body) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("## ").append(section.heading()).append("\n\n").append(section.markdown()).append('\n');
        }
        return text.toString();
    }

    /** What is wrong with HTML in a one-line field such as the title, if it holds any tag. */
    public static Optional<String> htmlIn(String text) {
        return MarkdownBody.htmlIn(text);
    }

    /** The headings the format allows, in their order. */
    public static List<String> headings() {
        return MarkdownBody.HEADINGS;
    }
}
