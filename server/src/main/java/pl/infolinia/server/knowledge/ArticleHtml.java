package pl.infolinia.server.knowledge;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An article's Markdown as safe HTML: raw HTML in the text is escaped (never passed through),
 * unsafe link targets are dropped, and {@code [[id]]} becomes a link to that article.
 */
public final class ArticleHtml {

    private static final Pattern LINK = Pattern.compile("\\[\\[([a-z0-9-]+)]]");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private ArticleHtml() {
    }

    /** @param titleOf the title of a linked article, or the id itself when it has none */
    public static String render(String markdown, Function<String, String> titleOf) {
        Matcher links = LINK.matcher(markdown);
        StringBuilder linked = new StringBuilder();
        while (links.find()) {
            String id = links.group(1);
            String title = titleOf.apply(id).replace("[", "(").replace("]", ")");
            links.appendReplacement(linked, Matcher.quoteReplacement("[" + title + "](/kb/articles/" + id + ")"));
        }
        links.appendTail(linked);
        return RENDERER.render(PARSER.parse(linked.toString()));
    }
}
