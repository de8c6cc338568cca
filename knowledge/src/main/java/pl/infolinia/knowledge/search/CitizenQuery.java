package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import pl.infolinia.knowledge.analysis.StempelFallbackFilter;

/**
 * Turns what a consultant typed into a Lucene query over an article's weighted fields.
 *
 * <p>Free text becomes one clause per word, scored by the word's best field (title and topic
 * first, then the summary, then the body; see {@link WordQueries}). A word that is neither in
 * the dictionary nor in any article is taken for a typo and matched with up to two edits against
 * the words of articles. Quoted phrases and {@code word*} prefixes are required.
 */
final class CitizenQuery {

    private static final Map<String, Float> BOOSTS = boosts();
    private static final float TYPO_WEIGHT = 0.6f;

    private final Analyzer analyzer;
    private final Analyzer folding;
    private final boolean typoTolerant;

    CitizenQuery(Analyzer analyzer, Analyzer folding, boolean typoTolerant) {
        this.analyzer = analyzer;
        this.folding = folding;
        this.typoTolerant = typoTolerant;
    }

    /** A word that looks mistyped, with where it stands in the query text. */
    record Typo(String word, int start, int end) {
    }

    Query build(String text, IndexReader reader) {
        QueryText parts = QueryText.parse(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        QueryBuilder builder = new QueryBuilder(analyzer);
        new WordQueries(analyzer, BOOSTS).of(parts.free()).forEach(word -> query.add(word, Occur.SHOULD));
        if (typoTolerant) {
            for (Typo typo : typos(parts.free(), reader)) {
                query.add(fuzzy(typo.word()), Occur.SHOULD);
            }
        }
        for (String phrase : parts.phrases()) {
            List<Query> perField = new ArrayList<>();
            BOOSTS.forEach((field, boost) -> {
                Query q = builder.createPhraseQuery(field, phrase);
                if (q != null) {
                    perField.add(new BoostQuery(q, boost));
                }
            });
            query.add(perField.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(perField, 0.1f), Occur.MUST);
        }
        for (String prefix : parts.prefixes()) {
            String folded = folding.normalize(ArticleFields.WORDS, prefix).utf8ToString();
            query.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new PrefixQuery(new Term(ArticleFields.WORDS_TITLE, folded)), 2f),
                    new PrefixQuery(new Term(ArticleFields.WORDS, folded))), 0.1f), Occur.MUST);
        }
        return query.build();
    }

    /**
     * Words of the free text that look mistyped: unknown to the dictionary, and matching no
     * article in any form, neither as typed nor by their Stempel stem.
     */
    List<Typo> typos(String free, IndexReader reader) {
        Map<String, Typo> typos = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(ArticleFields.BODY, free)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            Typo candidate = null;
            boolean matches = false;
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    if (candidate != null && !matches) {
                        typos.putIfAbsent(candidate.word(), candidate);
                    }
                    candidate = null;
                    matches = false;
                }
                String word = term.toString();
                if (type.type().equals(StempelFallbackFilter.UNKNOWN) && word.length() >= 4) {
                    candidate = new Typo(word, offset.startOffset(), offset.endOffset());
                }
                matches |= inAnyArticle(reader, word);
            }
            if (candidate != null && !matches) {
                typos.putIfAbsent(candidate.word(), candidate);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(typos.values());
    }

    private boolean inAnyArticle(IndexReader reader, String word) throws IOException {
        if (reader.docFreq(new Term(ArticleFields.WORDS, word)) > 0) {
            return true;
        }
        for (String field : BOOSTS.keySet()) {
            if (reader.docFreq(new Term(field, word)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Query fuzzy(String word) {
        // one edit in short words; two in long ones, where two typos are common and still safe
        int edits = word.length() >= 7 ? 2 : 1;
        return new BoostQuery(new DisjunctionMaxQuery(List.of(
                new BoostQuery(new FuzzyQuery(new Term(ArticleFields.WORDS_TITLE, word), edits, 1), BOOSTS.get(ArticleFields.TITLE)),
                new FuzzyQuery(new Term(ArticleFields.WORDS, word), edits, 1)), 0.1f), TYPO_WEIGHT);
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(ArticleFields.TITLE, 2f);
        boosts.put(ArticleFields.SUMMARY, 1.5f);
        // the taxonomy path names the service in the editors' own categories, almost as a title does
        boosts.put(ArticleFields.TOPIC, 2f);
        boosts.put(ArticleFields.BODY, 1f);
        // a fixed order keeps floating-point sums, and so tie-breaks, the same on every run
        return Collections.unmodifiableMap(boosts);
    }
}
