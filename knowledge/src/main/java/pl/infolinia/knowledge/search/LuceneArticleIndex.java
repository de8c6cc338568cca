package pl.infolinia.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;

/**
 * The search index of the knowledge base, in a folder or in memory.
 *
 * <p>Every change is visible to the next search: writes refresh the near-real-time reader before
 * they return, and are committed so that a restart finds them. Only published articles are
 * found. Thread-safe: searches run in parallel; writes are serialised by Lucene's writer.
 */
public final class LuceneArticleIndex implements AutoCloseable {

    private static final String FINGERPRINT = "infolinia.fingerprint";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleFields fields = new ArticleFields();
    private final Analyzers analyzers;
    private final ArticleSearch search;
    private final TitleSuggestions suggestions;
    private long fingerprint;

    private LuceneArticleIndex(Directory directory, Analyzers analyzers) throws IOException {
        this.directory = directory;
        this.analyzers = analyzers;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.index()));
        this.searchers = new SearcherManager(writer, null);
        this.fingerprint = storedFingerprint(writer);
        this.search = new ArticleSearch(analyzers, new Facets(fields.facetsConfig()));
        this.suggestions = new TitleSuggestions(analyzers.query(), analyzers.folding());
    }

    /** Opens (or creates) the index in the folder, with the Polish analysis and these synonyms. */
    public static LuceneArticleIndex open(Path folder, Synonyms synonyms) {
        try {
            return new LuceneArticleIndex(FSDirectory.open(folder), Analyzers.of(SearchAnalysis.POLISH, synonyms));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** A new index held in memory, for tests and the evaluation. */
    public static LuceneArticleIndex inMemory(SearchAnalysis analysis, Synonyms synonyms) {
        try {
            return new LuceneArticleIndex(new ByteBuffersDirectory(), Analyzers.of(analysis, synonyms));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the article, or replaces the one with its id; searchable when this returns. */
    public synchronized void index(Article article) {
        long hash = IndexFingerprint.of(article);
        long old = storedHash(article.id());
        write(() -> writer.updateDocument(idTerm(article.id()), fields.document(article, hash)), fingerprint ^ old ^ hash);
    }

    /** Adds or replaces many articles with one commit, as after an import; searchable when this returns. */
    public synchronized void indexAll(Collection<Article> articles) {
        long newFingerprint = fingerprint;
        for (Article article : articles) {
            newFingerprint ^= storedHash(article.id()) ^ IndexFingerprint.of(article);
        }
        write(() -> {
            for (Article article : articles) {
                writer.updateDocument(idTerm(article.id()), fields.document(article, IndexFingerprint.of(article)));
            }
        }, newFingerprint);
    }

    /** Removes the article from search; searchable no more when this returns. */
    public synchronized void remove(ArticleId id) {
        long old = storedHash(id);
        write(() -> writer.deleteDocuments(idTerm(id)), fingerprint ^ old);
    }

    /** Replaces the whole index by these articles, as after an import or a rebuild on start. */
    public synchronized void replaceAll(Collection<Article> articles) {
        write(() -> {
            writer.deleteAll();
            // analysis dominates indexing and the writer takes documents from many threads: use every core
            try {
                articles.parallelStream().forEach(article -> {
                    try {
                        writer.addDocument(fields.document(article, IndexFingerprint.of(article)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }, IndexFingerprint.of(articles));
    }

    /**
     * Whether the index holds exactly these articles in exactly this state; if not, it is stale
     * (or new) and should be rebuilt with {@link #replaceAll}.
     */
    public synchronized boolean isCurrentFor(Collection<Article> articles) {
        return size() == articles.size() && fingerprint == IndexFingerprint.of(articles);
    }

    /** How many articles the index holds, of any status. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Puts new editors' synonyms in force for the next query; nothing is reindexed. */
    public void useSynonyms(Synonyms synonyms) {
        analyzers.useSynonyms(synonyms);
    }

    /** The editors' synonyms in force. */
    public Synonyms synonyms() {
        return analyzers.synonyms();
    }

    /** Finds the published articles that best answer the request. */
    public SearchResults search(SearchRequest request) {
        return withSearcher(searcher -> search.search(searcher, request));
    }

    /** Titles of published articles that match what has been typed so far, best first. */
    public List<Suggestion> suggest(String typed, int max) {
        return withSearcher(searcher -> suggestions.suggest(searcher, typed, max));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long storedHash(ArticleId id) {
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(idTerm(id)), 1);
            if (found.scoreDocs.length == 0) {
                return 0L;
            }
            return searcher.storedFields().document(found.scoreDocs[0].doc).getField(ArticleFields.HASH)
                    .numericValue().longValue();
        });
    }

    private static long storedFingerprint(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(FINGERPRINT)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    private static Term idTerm(ArticleId id) {
        return new Term(ArticleFields.ID, id.value());
    }

    private interface Write {
        void run() throws IOException;
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void write(Write change, long newFingerprint) {
        try {
            change.run();
            writer.setLiveCommitData(Map.of(FINGERPRINT, Long.toString(newFingerprint)).entrySet());
            writer.commit();
            fingerprint = newFingerprint;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }
}
