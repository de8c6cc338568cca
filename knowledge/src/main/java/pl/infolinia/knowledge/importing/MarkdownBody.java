package pl.infolinia.knowledge.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.infolinia.knowledge.article.BodySection;

/**
 * Splits an article's Markdown into its {@code ##} sections and checks what the format forbids.
 *
 * <p>Raw HTML is refused outright rather than sanitised: articles are read aloud and shown to
 * consultants, and a {@code <script>} in imported content is either a mistake or an attack.
 */
final class MarkdownBody {

    /** The headings of the format, in their required order. */
    static final List<String> HEADINGS = List.of(BodySection.SUMMARY, "Kogo dotyczy", "Co przygotować",
            "Ile zapłacisz", "Ile poczekasz", "Jak to załatwić", "Gdzie załatwisz",
            BodySection.LEGAL_BASIS, BodySection.SEE_ALSO);

    // a tag opening or closing, but not an autolink such as <https://gov.pl>
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)(?![a-zA-Z0-9]*:)[^>]*>");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]]*)]]");

    private final String file;
    private final List<ImportProblem> problems;
    private final Map<String, Integer> linkLines = new LinkedHashMap<>();

    MarkdownBody(String file, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Parses body lines; {@code firstLine} is the file line of {@code lines.get(0)}. */
    List<BodySection> read(List<String> lines, int firstLine) {
        List<BodySection> sections = new ArrayList<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        int lastOrder = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = firstLine + i;
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.add(new BodySection(heading, text.toString()));
                }
                heading = line.substring(3).strip();
                text.setLength(0);
                lastOrder = checkHeading(heading, lastOrder, lineNo);
                continue;
            }
            if (heading == null && !line.isBlank()) {
                problems.add(new ImportProblem(file, lineNo, "body", "text before the first ## heading"));
            }
            checkLine(line, lineNo, heading == null ? "body" : heading);
            text.append(line).append('\n');
        }
        if (heading != null) {
            sections.add(new BodySection(heading, text.toString()));
        }
        return sections;
    }

    Map<String, Integer> linkLines() {
        return linkLines;
    }

    private int checkHeading(String heading, int lastOrder, int lineNo) {
        int order = HEADINGS.indexOf(heading);
        if (order < 0) {
            problems.add(new ImportProblem(file, lineNo, heading,
                    "unknown section '" + heading + "'; the format allows " + String.join(", ", HEADINGS)));
            return lastOrder;
        }
        if (order <= lastOrder) {
            problems.add(new ImportProblem(file, lineNo, heading,
                    "section '" + heading + "' is out of order or repeated"));
        }
        return Math.max(order, lastOrder);
    }

    /** What is wrong with HTML in the text, if it holds any tag. */
    static Optional<String> htmlIn(String text) {
        Matcher tag = HTML_TAG.matcher(text);
        if (!tag.find()) {
            return Optional.empty();
        }
        String name = tag.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(name.equals("script")
                ? "a <script> element is not allowed; articles are plain Markdown"
                : "HTML (<" + name + ">) is not allowed; write plain Markdown");
    }

    private void checkLine(String line, int lineNo, String field) {
        htmlIn(line).ifPresent(message -> problems.add(new ImportProblem(file, lineNo, field, message)));
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            linkLines.putIfAbsent(link.group(1).strip(), lineNo);
        }
    }
}
