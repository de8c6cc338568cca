package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Builds one clause per word of free text, each scored by the best of the article's fields.
 *
 * <p>Summing fields per word would let a common word that sits in every field ("dowód" in the
 * title, topic, summary and body of all five ID-card articles) outweigh the one word that tells
 * them apart ("zgubiłem"); taking each word's best field, plus a little of the others, keeps the
 * field order (title above summary above body) without that echo. A word's stacked lemmas score
 * as one term, and an editors' synonym path needs all of its words. A single word also tries its
 * root ({@link WordRootAnalyzer}), to meet other words of its family.
 */
final class WordQueries {

    private static final float TIE = 0.1f;
    private static final float COVERAGE = 1f;
    // the roots field is cut from the title, summary and topic, so it weighs like the summary
    private static final float ROOT_BOOST = 1.5f;

    private final Analyzer analyzer;
    private final Map<String, Float> boosts;

    WordQueries(Analyzer analyzer, Map<String, Float> boosts) {
        this.analyzer = analyzer;
        this.boosts = boosts;
    }

    /** One clause per word (or synonym group) of the text; empty when nothing is left after analysis. */
    List<Query> of(String text) {
        List<Query> words = new ArrayList<>();
        try (CachingTokenFilter stream = new CachingTokenFilter(analyzer.tokenStream(ArticleFields.BODY, text))) {
            // the graph of an empty stream is malformed, so look before building it; the cache
            // lets the graph reset and read the stream again
            stream.reset();
            if (!stream.incrementToken()) {
                return words;
            }
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
            int[] points = graph.articulationPoints();
            int start = 0;
            for (int i = 0; i <= points.length; i++) {
                int end = i < points.length ? points[i] : -1;
                Query word = graph.hasSidePath(start) ? paths(graph, start, end) : position(graph, start);
                if (word != null) {
                    words.add(withCoverage(word));
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * The word's clause plus a fixed bonus when it matches at all, so that an article matching
     * more of the caller's words wins over one that matches a single common word very well.
     */
    private static Query withCoverage(Query word) {
        return new BooleanQuery.Builder()
                .add(word, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(word), COVERAGE), Occur.SHOULD)
                .build();
    }

    private Query position(GraphTokenStreamFiniteStrings graph, int state) {
        Term[] terms = graph.getTerms(ArticleFields.BODY, state);
        if (terms.length == 0) {
            return null;
        }
        List<Query> perField = new ArrayList<>();
        boosts.forEach((field, boost) -> perField.add(new BoostQuery(terms(field, terms), boost)));
        Term[] roots = Arrays.stream(terms).map(t -> new Term(ArticleFields.ROOTS, WordRootAnalyzer.root(t.text())))
                .distinct().toArray(Term[]::new);
        perField.add(new BoostQuery(terms(ArticleFields.ROOTS, roots), ROOT_BOOST));
        return new DisjunctionMaxQuery(perField, TIE);
    }

    private Query paths(GraphTokenStreamFiniteStrings graph, int start, int end) throws IOException {
        List<List<BytesRef>> paths = new ArrayList<>();
        Iterator<TokenStream> strings = graph.getFiniteStrings(start, end);
        while (strings.hasNext()) {
            TokenStream path = strings.next();
            TermToBytesRefAttribute term = path.addAttribute(TermToBytesRefAttribute.class);
            List<BytesRef> words = new ArrayList<>();
            path.reset();
            while (path.incrementToken()) {
                words.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            if (!words.isEmpty()) {
                paths.add(words);
            }
        }
        if (paths.isEmpty()) {
            return null;
        }
        List<Query> perField = new ArrayList<>();
        boosts.forEach((field, boost) -> {
            BooleanQuery.Builder anyPath = new BooleanQuery.Builder();
            for (List<BytesRef> path : paths) {
                BooleanQuery.Builder allWords = new BooleanQuery.Builder();
                path.forEach(word -> allWords.add(new TermQuery(new Term(field, word)), Occur.MUST));
                anyPath.add(allWords.build(), Occur.SHOULD);
            }
            perField.add(new BoostQuery(anyPath.build(), boost));
        });
        return new DisjunctionMaxQuery(perField, TIE);
    }

    private static Query terms(String field, Term[] terms) {
        if (terms.length == 1) {
            return new TermQuery(new Term(field, terms[0].bytes()));
        }
        SynonymQuery.Builder lemmas = new SynonymQuery.Builder(field);
        for (Term term : terms) {
            lemmas.addTerm(new Term(field, term.bytes()));
        }
        return lemmas.build();
    }
}
