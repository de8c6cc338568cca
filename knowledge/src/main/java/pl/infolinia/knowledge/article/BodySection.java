package pl.infolinia.knowledge.article;

import java.util.Objects;

/**
 * One {@code ##} section of an article's body, such as "W skrócie" or "Ile zapłacisz".
 *
 * @param heading  the heading text without the hashes
 * @param markdown the section's Markdown, trimmed
 */
public record BodySection(String heading, String markdown) {

    /** The opening summary that consultants read first. */
    public static final String SUMMARY = "W skrócie";
    /** The legal basis: useful to read, but noise for a citizen's search. */
    public static final String LEGAL_BASIS = "Podstawa prawna";
    /** Links to related articles as {@code [[id]]}. */
    public static final String SEE_ALSO = "Zobacz też";

    public BodySection {
        Objects.requireNonNull(heading, "heading");
        markdown = markdown == null ? "" : markdown.strip();
    }
}
