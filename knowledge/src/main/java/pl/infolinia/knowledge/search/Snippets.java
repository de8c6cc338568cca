package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks for each hit the passage that shows why it matched, with matched words in bold.
 *
 * <p>The summary is preferred because consultants read it to the caller; when none of its words
 * matched, the best passage of the body is shown, and failing that the summary's opening.
 * Highlights every term the query's words analyze to (lemmas, synonyms), looked up as plain
 * terms with offsets from the postings: re-running the scoring query per hit cost ten times more.
 */
final class Snippets {

    private static final int MAX_CHARS = 10_000;
    private static final int MAX_TERMS = 200;
    private static final String[] FIELDS = {ArticleFields.SUMMARY, ArticleFields.BODY};

    private static final FewMatchesPassageScorer SCORER = new FewMatchesPassageScorer();

    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    Snippets(Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
    }

    String[] of(IndexSearcher searcher, String text, TopDocs top) throws IOException {
        Query terms = termsOf(text);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withWeightMatches(false)
                .withMaxLength(MAX_CHARS)
                .withMaxNoHighlightPassages(1)
                .withScorer(SCORER)
                .build();
        Map<String, String[]> passages = highlighter.highlightFields(FIELDS, terms, top, new int[] {1, 1});
        String[] summaries = passages.get(ArticleFields.SUMMARY);
        String[] bodies = passages.get(ArticleFields.BODY);
        String[] snippets = new String[top.scoreDocs.length];
        for (int i = 0; i < snippets.length; i++) {
            String summary = summaries[i] == null ? "" : summaries[i].strip();
            String body = bodies[i] == null ? "" : bodies[i].strip();
            snippets[i] = summary.contains("<b>") || !body.contains("<b>") ? summary : body;
        }
        return snippets;
    }

    private Query termsOf(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = queryAnalyzer.tokenStream(ArticleFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_TERMS) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : FIELDS) {
            words.forEach(word -> query.add(new TermQuery(new Term(field, word)), Occur.SHOULD));
        }
        return query.build();
    }
}
