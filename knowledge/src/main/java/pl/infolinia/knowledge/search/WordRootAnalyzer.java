package pl.infolinia.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;

/**
 * Lemmas cut to their first letters, so that words of one family meet: "emeryt" and "emerytura",
 * "sprzedać" and "sprzedaż", "niepełnosprawny" and "niepełnosprawność".
 *
 * <p>A coarse net over the title, summary and topic, weighted like the summary at query time:
 * it catches the derivations a lemma dictionary keeps apart, and the odd typo past the cut.
 */
final class WordRootAnalyzer extends AnalyzerWrapper {

    /** Letters kept of each lemma. */
    static final int LENGTH = 6;

    private final Analyzer lemmas;

    WordRootAnalyzer(Analyzer lemmas) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.lemmas = lemmas;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return lemmas;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
                new RemoveDuplicatesTokenFilter(new TruncateTokenFilter(components.getTokenStream(), LENGTH)));
    }

    /** The root of an analyzed term, as the index holds it. */
    static String root(String term) {
        return term.length() <= LENGTH ? term : term.substring(0, LENGTH);
    }
}
