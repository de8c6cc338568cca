package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
 * <p>Free text is analyzed per field and the fields' matches add up, title counting most, then
 * the summary and the topic, then the body. A word that is neither in the dictionary nor in any
 * article is taken for a typo and matched with up to two edits against the words of articles.
 * Quoted phrases and {@code word*} prefixes are required.
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
        for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), parts.free(), Occur.SHOULD);
            if (q != null) {
                query.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
            }
        }
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

    /** Words of the free text that neither the dictionary nor any article knows. */
    List<Typo> typos(String free, IndexReader reader) {
        Map<String, Typo> typos = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(ArticleFields.BODY, free)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (type.type().equals(StempelFallbackFilter.UNKNOWN) && word.length() >= 4
                        && reader.docFreq(new Term(ArticleFields.WORDS, word)) == 0) {
                    typos.putIfAbsent(word, new Typo(word, offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(typos.values());
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
        boosts.put(ArticleFields.TITLE, 3f);
        boosts.put(ArticleFields.SUMMARY, 1.5f);
        boosts.put(ArticleFields.TOPIC, 1.5f);
        boosts.put(ArticleFields.BODY, 1f);
        return Map.copyOf(boosts);
    }
}
