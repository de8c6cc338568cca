package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts hits per section and per office.
 *
 * <p>The ordinal map behind the counts costs a pass over the index, so it is kept for as long as
 * the reader it was built from is the current one.
 */
final class Facets {

    private static final int MAX_VALUES = 50;

    private final FacetsConfig config;
    private volatile SortedSetDocValuesReaderState state;

    Facets(FacetsConfig config) {
        this.config = config;
    }

    record Counts(List<FacetCount> sections, List<FacetCount> offices) {
    }

    Counts count(IndexReader reader, FacetsCollector hits) throws IOException {
        if (reader.maxDoc() == 0) {
            // an empty index has no facet field at all, and the ordinal map refuses it
            return new Counts(List.of(), List.of());
        }
        // searches share the map without a lock; two racing after a refresh both build it, harmlessly
        SortedSetDocValuesReaderState current = state;
        if (current == null || current.getReader() != reader) {
            current = new DefaultSortedSetDocValuesReaderState(reader, config);
            state = current;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(current, hits);
        return new Counts(values(current, counts, ArticleFields.SECTION_FACET),
                values(current, counts, ArticleFields.OFFICE_FACET));
    }

    private static List<FacetCount> values(SortedSetDocValuesReaderState state, SortedSetDocValuesFacetCounts counts,
            String dimension) throws IOException {
        List<FacetCount> values = new ArrayList<>();
        if (!state.getPrefixToOrdRange().containsKey(dimension)) {
            return values;
        }
        FacetResult result = counts.getTopChildren(MAX_VALUES, dimension);
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                values.add(new FacetCount(lv.label, lv.value.intValue()));
            }
        }
        return values;
    }
}
