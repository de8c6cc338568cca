package pl.infolinia.server.knowledge;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import pl.infolinia.knowledge.analytics.QueryStat;
import pl.infolinia.knowledge.analytics.QueryText;
import pl.infolinia.knowledge.analytics.SearchLog;
import pl.infolinia.knowledge.article.ArticleId;

/** Searches and the articles opened from them, one row per search in {@code kb_search}. */
@Repository
class JdbcSearchLog implements SearchLog {

    private static final String STATS = "select query, count(*) as searches, max(searched_at) as last,"
            + " max(results) as results from kb_search where searched_at >= ? ";

    private final JdbcClient jdbc;

    JdbcSearchLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long searched(String query, long results, String user, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into kb_search (query, results, searched_by, searched_at) values (?, ?, ?, ?)")
                .params(QueryText.normalised(query), results, user, utc(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    @Override
    public void opened(long searchId, ArticleId article, String user) {
        // only the searcher's own search, and only its first click, counts
        jdbc.sql("update kb_search set opened = ? where id = ? and searched_by = ? and opened is null")
                .params(article.value(), searchId, user).update();
    }

    @Override
    public List<QueryStat> withoutResults(Instant since, int max) {
        return stats("group by query having max(results) = 0", since, max);
    }

    @Override
    public List<QueryStat> withoutClicks(Instant since, int max) {
        // a query counts only if none of its searches that found something led to an article
        return stats("and results > 0 group by query having count(opened) = 0", since, max);
    }

    private List<QueryStat> stats(String grouping, Instant since, int max) {
        return jdbc.sql(STATS + grouping + " order by searches desc, last desc, query"
                        + " fetch first " + max + " rows only")
                .param(utc(since))
                .query((row, n) -> new QueryStat(row.getString("query"), row.getLong("searches"),
                        row.getLong("results"), row.getObject("last", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
