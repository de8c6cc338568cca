package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;

/**
 * Offers article titles while a consultant types: finished words by lemma, the last one by prefix.
 *
 * <p>"dowodu osob" offers "Wydanie dowodu osobistego". Read from the main index, so a new or
 * renamed article is offered as soon as it is searchable; no separate suggester to rebuild.
 */
final class TitleSuggestions {

    private final Analyzer queryAnalyzer;
    private final Analyzer folding;

    TitleSuggestions(Analyzer queryAnalyzer, Analyzer folding) {
        this.queryAnalyzer = queryAnalyzer;
        this.folding = folding;
    }

    List<Suggestion> suggest(IndexSearcher searcher, String typed, int max) throws IOException {
        String text = typed.stripLeading();
        if (text.isBlank()) {
            return List.of();
        }
        boolean lastWordOpen = !Character.isWhitespace(text.charAt(text.length() - 1));
        int cut = lastWordOpen ? text.lastIndexOf(' ') + 1 : text.length();
        String finished = text.substring(0, cut).strip();
        String open = text.substring(cut).strip();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(ArticleFields.STATUS, ArticleStatus.PUBLISHED.name())), Occur.FILTER);
        if (!finished.isEmpty()) {
            Query words = new QueryBuilder(queryAnalyzer).createBooleanQuery(ArticleFields.TITLE, finished, Occur.MUST);
            if (words != null) {
                query.add(words, Occur.MUST);
            }
        }
        if (!open.isEmpty()) {
            String prefix = folding.normalize(ArticleFields.WORDS_TITLE, open).utf8ToString();
            query.add(new PrefixQuery(new Term(ArticleFields.WORDS_TITLE, prefix)), Occur.MUST);
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            suggestions.add(new Suggestion(new ArticleId(doc.get(ArticleFields.ID)), doc.get(ArticleFields.TITLE)));
        }
        return suggestions;
    }
}
