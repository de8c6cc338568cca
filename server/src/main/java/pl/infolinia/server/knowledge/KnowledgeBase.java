package pl.infolinia.server.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.search.LuceneArticleIndex;
import pl.infolinia.knowledge.search.SearchRequest;
import pl.infolinia.knowledge.search.SearchResults;
import pl.infolinia.knowledge.search.Suggestion;

/**
 * The knowledge base as the server uses it: articles in the database, kept in step with the search index.
 *
 * <p>Every save goes to the database first and then to the index, so a search right after an edit
 * finds the new text. The index remembers the database's fingerprint; a start that finds it missing
 * or different rebuilds the index from the database.
 */
public class KnowledgeBase {

    private static final String FINGERPRINT_FILE = "infolinia-fingerprint.txt";

    private final JdbcArticleStore store;
    private final LuceneArticleIndex index;
    private final Path indexDir;

    KnowledgeBase(JdbcArticleStore store, LuceneArticleIndex index, Path indexDir) {
        this.store = store;
        this.index = index;
        this.indexDir = indexDir;
    }

    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    public List<Suggestion> suggest(String typed, int max) {
        return index.suggest(typed, max);
    }

    public Optional<Article> article(ArticleId id) {
        return store.find(id);
    }

    public List<Article> articles() {
        return store.all();
    }

    public boolean isEmpty() {
        return store.count() == 0;
    }

    public Optional<ArticleVersion> save(Article article, Edit edit) {
        Optional<ArticleVersion> written = store.save(article, edit);
        written.ifPresent(version -> {
            index.index(version.article());
            rememberFingerprint();
        });
        return written;
    }

    /** Saves an import's articles in one step; the index is then rewritten once, not per article. */
    public List<ArticleVersion> saveAll(List<Article> articles, Edit edit) {
        List<ArticleVersion> written = store.saveAll(articles, edit);
        if (!written.isEmpty()) {
            // each single-article write commits the index; one rewrite commits once
            index.replaceAll(store.all());
            rememberFingerprint();
        }
        return written;
    }

    /** Rebuilds the index from the database when it is missing or was written for another state. */
    public boolean rebuildIfStale() {
        String current = store.fingerprint();
        if (index.size() > 0 && current.equals(storedFingerprint())) {
            return false;
        }
        index.replaceAll(store.all());
        rememberFingerprint();
        return true;
    }

    private String storedFingerprint() {
        Path file = indexDir.resolve(FINGERPRINT_FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            // an unreadable marker only means one rebuild more
            return "";
        }
    }

    private void rememberFingerprint() {
        try {
            Files.writeString(indexDir.resolve(FINGERPRINT_FILE), store.fingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index fingerprint in " + indexDir, e);
        }
    }
}
