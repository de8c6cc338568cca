package pl.infolinia.knowledge.article;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable slug of an article, such as {@code dowod-osobisty-utrata}.
 *
 * <p>Lower-case ASCII letters, digits and dashes only, because it is also a file name and a URL part.
 *
 * @param value the slug
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an article id (lower-case slug): " + value);
        }
    }

    /** Whether the text can be an article id. */
    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public int compareTo(ArticleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
