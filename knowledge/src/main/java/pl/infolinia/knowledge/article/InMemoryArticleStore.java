package pl.infolinia.knowledge.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An {@link ArticleStore} held in memory, for tests, the evaluation and a database-less start.
 *
 * <p>Thread-safe by one lock: writes are rare editor actions, so a simple monitor is enough.
 */
public final class InMemoryArticleStore implements ArticleStore {

    private final Map<ArticleId, List<ArticleVersion>> versions = new TreeMap<>();

    @Override
    public synchronized Optional<Article> find(ArticleId id) {
        return latest(id).map(ArticleVersion::article);
    }

    @Override
    public synchronized List<Article> all() {
        return versions.values().stream().map(v -> v.getLast().article()).toList();
    }

    @Override
    public synchronized Optional<ArticleVersion> save(Article article, Edit edit) {
        return append(article, edit);
    }

    @Override
    public synchronized List<ArticleVersion> saveAll(Collection<Article> articles, Edit edit) {
        // nothing below can fail half-way once ids are distinct, so checking first keeps it atomic
        long distinct = articles.stream().map(Article::id).distinct().count();
        if (distinct != articles.size()) {
            throw new IllegalArgumentException("the same article id appears twice in one save");
        }
        List<ArticleVersion> written = new ArrayList<>();
        for (Article article : articles) {
            append(article, edit).ifPresent(written::add);
        }
        return written;
    }

    @Override
    public synchronized List<ArticleVersion> history(ArticleId id) {
        return List.copyOf(versions.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized ArticleVersion restore(ArticleId id, int versionNumber, Edit edit) {
        List<ArticleVersion> history = versions.get(id);
        if (history == null) {
            throw new NoSuchArticle(id, "");
        }
        if (versionNumber < 1 || versionNumber > history.size()) {
            throw new NoSuchArticle(id, "no version " + versionNumber);
        }
        Article old = history.get(versionNumber - 1).article();
        Edit restoreEdit = new Edit(edit.author(), edit.at(),
                edit.note().isEmpty() ? "restored version " + versionNumber : edit.note());
        return append(old, restoreEdit).orElse(history.getLast());
    }

    private Optional<ArticleVersion> latest(ArticleId id) {
        List<ArticleVersion> history = versions.get(id);
        return history == null ? Optional.empty() : Optional.of(history.getLast());
    }

    private Optional<ArticleVersion> append(Article article, Edit edit) {
        List<ArticleVersion> history = versions.computeIfAbsent(article.id(), id -> new ArrayList<>());
        List<String> changed = history.isEmpty()
                ? List.of("created")
                : ArticleChanges.between(history.getLast().article(), article);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        ArticleVersion version = new ArticleVersion(history.size() + 1, edit, changed, article);
        history.add(version);
        return Optional.of(version);
    }
}
