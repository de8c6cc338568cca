package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStatus;

/**
 * Answers one {@link SearchRequest} on one searcher: hits, snippets, facet counts, "did you mean".
 *
 * <p>Only published articles are found; facet filters narrow the hits and the counts alike.
 */
final class ArticleSearch {

    private final Analyzers analyzers;
    private final CitizenQuery citizenQuery;
    private final Snippets snippets;
    private final Facets facets;
    private final Spelling spelling = new Spelling();

    ArticleSearch(Analyzers analyzers, Facets facets) {
        this.analyzers = analyzers;
        this.citizenQuery = new CitizenQuery(analyzers.query(), analyzers.folding(), analyzers.typoTolerant());
        this.snippets = new Snippets(analyzers.index(), analyzers.query());
        this.facets = facets;
    }

    SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(citizenQuery.build(request.text(), reader), Occur.MUST)
                .add(new TermQuery(new Term(ArticleFields.STATUS, ArticleStatus.PUBLISHED.name())), Occur.FILTER);
        request.section().ifPresent(s -> query.add(new TermQuery(new Term(ArticleFields.SECTION, s)), Occur.FILTER));
        request.office().ifPresent(o -> query.add(new TermQuery(new Term(ArticleFields.OFFICE, o)), Occur.FILTER));
        var result = FacetsCollectorManager.search(searcher, query.build(), request.limit(), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        Facets.Counts counts = facets.count(reader, result.facetsCollector());
        Optional<String> didYouMean = analyzers.typoTolerant()
                ? spelling.correct(request.text(), citizenQuery.typos(request.text(), reader), reader)
                : Optional.empty();
        return new SearchResults(top.totalHits.value(), hits(searcher, request.text(), top),
                counts.sections(), counts.offices(), didYouMean);
    }

    private List<SearchHit> hits(IndexSearcher searcher, String text, TopDocs top) throws IOException {
        String[] passages = snippets.of(searcher, text, top);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document doc = searcher.storedFields().document(top.scoreDocs[i].doc);
            hits.add(new SearchHit(new ArticleId(doc.get(ArticleFields.ID)), doc.get(ArticleFields.TITLE),
                    passages[i], top.scoreDocs[i].score, doc.get(ArticleFields.SECTION), doc.get(ArticleFields.OFFICE)));
        }
        return hits;
    }
}
