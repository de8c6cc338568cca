package pl.infolinia.knowledge.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which text analysis an index uses: ours, or one of the baselines it is measured against.
 *
 * <p>{@link #POLISH} is the knowledge-base analyzer (lemmas, diacritics, Stempel fallback,
 * editors' synonyms) with typo tolerance. The baselines use Lucene's stock analyzers with the
 * same fields and boosts, and nothing else.
 */
public enum SearchAnalysis {
    /** Morfologik lemmas, diacritic restoration and folding, Stempel fallback, synonyms, fuzzy. */
    POLISH,
    /** Lucene's StandardAnalyzer: words, lower case, no stemming. */
    STANDARD,
    /** Lucene's PolishAnalyzer: Stempel stems and Polish stop words. */
    STEMPEL;

    /** The analysis named as on the command line ("polish", "standard", "stempel"). */
    public static SearchAnalysis named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown analyzer '" + name + "'; use one of "
                    + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")), e);
        }
    }
}
