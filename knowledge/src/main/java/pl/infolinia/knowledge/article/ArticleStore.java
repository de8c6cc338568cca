package pl.infolinia.knowledge.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where articles and their version history are kept.
 *
 * <p>Every save that changes an article appends a version; saving an identical article appends
 * nothing, so a repeated import leaves the history as it was. {@link #saveAll} is all-or-nothing:
 * if it throws, no article has changed.
 */
public interface ArticleStore {

    /** The current state of the article, if it exists. */
    Optional<Article> find(ArticleId id);

    /** The current state of every article, ordered by id. */
    List<Article> all();

    /**
     * Saves the article as its newest version.
     *
     * @return the version written, or empty if the article was already stored exactly like this
     */
    Optional<ArticleVersion> save(Article article, Edit edit);

    /**
     * Saves many articles in one step: either all of them or, on failure, none.
     *
     * @return the versions written, one per article that actually changed
     */
    List<ArticleVersion> saveAll(Collection<Article> articles, Edit edit);

    /** The versions of the article, oldest first; empty for an unknown id. */
    List<ArticleVersion> history(ArticleId id);

    /**
     * Makes an old version the newest again, as a new version that records the restore.
     *
     * @throws NoSuchArticle if the article or the version does not exist
     */
    ArticleVersion restore(ArticleId id, int versionNumber, Edit edit);
}
