package pl.infolinia.knowledge.search;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total      how many articles match in all
 * @param hits       the best of them, best first
 * @param sections   hit counts per section, largest first
 * @param offices    hit counts per office code, largest first
 * @param didYouMean the query with misspelled words corrected, when some look misspelled
 */
public record SearchResults(long total, List<SearchHit> hits, List<FacetCount> sections,
        List<FacetCount> offices, Optional<String> didYouMean) {

    public SearchResults {
        hits = List.copyOf(hits);
        sections = List.copyOf(sections);
        offices = List.copyOf(offices);
    }
}
