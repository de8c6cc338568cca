package pl.infolinia.knowledge.search;

import java.util.Objects;
import java.util.Optional;

/**
 * A consultant's query with optional facet filters.
 *
 * <p>The text may hold {@code "quoted phrases"}, which must match as phrases, and words ending
 * in {@code *}, which must match as prefixes; the rest is free text.
 *
 * @param text    what was typed
 * @param section only articles of this section, if given
 * @param office  only articles of this office code, if given
 * @param limit   at most this many hits
 */
public record SearchRequest(String text, Optional<String> section, Optional<String> office, int limit) {

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(office, "office");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** A request for the ten best hits of the text, without filters. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, Optional.empty(), Optional.empty(), 10);
    }

    /** This request returning at most {@code newLimit} hits. */
    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(text, section, office, newLimit);
    }
}
