package pl.infolinia.knowledge.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's distinct terms, favouring early passages),
 * computed without a term hash.
 *
 * <p>Lucene's scorer builds a {@code BytesRefHash} for every passage it scores, which allocates
 * a 32 KB block each time; with a handful of matches per passage a linear scan gives the same
 * scores, and profiling showed the allocation was the largest single cost of a search.
 */
final class FewMatchesPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] docFreq = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int at = indexOf(distinct, count, terms[i]);
            if (at < 0) {
                at = count++;
                distinct[at] = terms[i];
                docFreq[at] = inDoc[i];
            }
            inPassage[at]++;
        }
        float score = 0;
        for (int i = 0; i < count; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, docFreq[i]);
        }
        return score * norm(passage.getStartOffset());
    }

    private static int indexOf(BytesRef[] terms, int count, BytesRef term) {
        for (int i = 0; i < count; i++) {
            if (terms[i].bytesEquals(term)) {
                return i;
            }
        }
        return -1;
    }
}
