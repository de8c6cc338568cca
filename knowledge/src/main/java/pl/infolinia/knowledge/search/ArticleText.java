package pl.infolinia.knowledge.search;

import java.util.regex.Pattern;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.BodySection;

/**
 * The words of an article that search reads, with Markdown marks removed.
 *
 * <p>The legal basis and the links to other articles are left out: citizens never ask in the
 * words of an act's title, and a link's words belong to the article linked, not to this one.
 */
final class ArticleText {

    private static final Pattern LINK = Pattern.compile("\\[\\[[^\\]]*]]");
    private static final Pattern MARKS = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+\\.)\\s+|[*_`#>]+");

    private ArticleText() {
    }

    static String summary(Article article) {
        return plain(article.summary());
    }

    /** Every section except the summary, the legal basis and the links, one after another. */
    static String body(Article article) {
        StringBuilder text = new StringBuilder();
        for (BodySection section : article.body()) {
            String heading = section.heading();
            if (!heading.equals(BodySection.SUMMARY) && !heading.equals(BodySection.LEGAL_BASIS)
                    && !heading.equals(BodySection.SEE_ALSO)) {
                text.append(plain(section.markdown())).append("\n\n");
            }
        }
        return text.toString().strip();
    }

    /** The taxonomy path and who handles the matter: short labels that name the topic. */
    static String topic(Article article) {
        var placement = article.placement();
        return placement.category() + ". " + placement.group() + ". " + article.handledBy();
    }

    static String plain(String markdown) {
        return MARKS.matcher(LINK.matcher(markdown).replaceAll(" ")).replaceAll("").strip();
    }
}
