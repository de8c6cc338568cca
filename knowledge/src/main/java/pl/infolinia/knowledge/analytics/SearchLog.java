package pl.infolinia.knowledge.analytics;

import java.time.Instant;
import java.util.List;
import pl.infolinia.knowledge.article.ArticleId;

/**
 * Where searches and the articles opened from them are recorded.
 *
 * <p>Queries are grouped by {@link QueryText#normalised}, so "Zgubiłem dowód " and "zgubiłem dowód"
 * count as one query.
 */
public interface SearchLog {

    /**
     * Records a search.
     *
     * @return the id of the search, for {@link #opened}
     */
    long searched(String query, long results, String user, Instant at);

    /** Records that the article was opened from the results of that search; unknown ids are ignored. */
    void opened(long searchId, ArticleId article, String user);

    /** The queries since then that found nothing, most frequent first. */
    List<QueryStat> withoutResults(Instant since, int max);

    /** The queries since then that found articles of which none was opened, most frequent first. */
    List<QueryStat> withoutClicks(Instant since, int max);
}
