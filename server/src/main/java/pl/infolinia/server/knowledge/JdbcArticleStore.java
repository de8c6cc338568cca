package pl.infolinia.server.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleChanges;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.ArticleStore;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.article.NoSuchArticle;

/** Articles and their versions in {@code kb_article_version}, the newest marked in {@code kb_article}. */
@Repository
class JdbcArticleStore implements ArticleStore {

    private static final String CHANGED_SEPARATOR = "\n";
    private static final String SELECT_VERSION = "select v.number, v.author, v.edited_at, v.note, v.changed_fields,"
            + " v.data from kb_article_version v ";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KnowledgeJson json;

    JdbcArticleStore(JdbcClient jdbc, TransactionTemplate transaction, KnowledgeJson json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    @Override
    public Optional<Article> find(ArticleId id) {
        return latest(id).map(ArticleVersion::article);
    }

    @Override
    public List<Article> all() {
        return jdbc.sql(SELECT_VERSION + "join kb_article a on a.id = v.article_id and a.latest = v.number order by v.article_id")
                .query(this::version).list().stream().map(ArticleVersion::article).toList();
    }

    @Override
    public Optional<ArticleVersion> save(Article article, Edit edit) {
        return transaction.execute(status -> append(article, edit));
    }

    @Override
    public List<ArticleVersion> saveAll(Collection<Article> articles, Edit edit) {
        if (articles.stream().map(Article::id).distinct().count() != articles.size()) {
            throw new IllegalArgumentException("the same article id appears twice in one save");
        }
        return transaction.execute(status -> {
            List<ArticleVersion> written = new ArrayList<>();
            articles.forEach(article -> append(article, edit).ifPresent(written::add));
            return written;
        });
    }

    @Override
    public List<ArticleVersion> history(ArticleId id) {
        return jdbc.sql(SELECT_VERSION + "where v.article_id = ? order by v.number").param(id.value())
                .query(this::version).list();
    }

    @Override
    public ArticleVersion restore(ArticleId id, int versionNumber, Edit edit) {
        return transaction.execute(status -> {
            List<ArticleVersion> history = history(id);
            if (history.isEmpty()) {
                throw new NoSuchArticle(id, "");
            }
            if (versionNumber < 1 || versionNumber > history.size()) {
                throw new NoSuchArticle(id, "no version " + versionNumber);
            }
            Edit restoreEdit = new Edit(edit.author(), edit.at(),
                    edit.note().isEmpty() ? "restored version " + versionNumber : edit.note());
            return append(history.get(versionNumber - 1).article(), restoreEdit).orElse(history.getLast());
        });
    }

    long count() {
        return jdbc.sql("select count(*) from kb_article").query(Long.class).single();
    }

    private Optional<ArticleVersion> latest(ArticleId id) {
        return jdbc.sql(SELECT_VERSION + "join kb_article a on a.id = v.article_id and a.latest = v.number"
                + " where v.article_id = ?").param(id.value()).query(this::version).optional();
    }

    private Optional<ArticleVersion> append(Article article, Edit edit) {
        Optional<ArticleVersion> before = latest(article.id());
        List<String> changed = before.map(old -> ArticleChanges.between(old.article(), article))
                .orElse(List.of("created"));
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        int number = before.map(ArticleVersion::number).orElse(0) + 1;
        jdbc.sql("insert into kb_article_version (article_id, number, author, edited_at, note, changed_fields, data)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(article.id().value(), number, edit.author(), OffsetDateTime.ofInstant(edit.at(), ZoneOffset.UTC),
                        edit.note(), String.join(CHANGED_SEPARATOR, changed), json.write(article))
                .update();
        if (before.isEmpty()) {
            jdbc.sql("insert into kb_article (id, latest) values (?, ?)").params(article.id().value(), number).update();
        } else {
            jdbc.sql("update kb_article set latest = ? where id = ?").params(number, article.id().value()).update();
        }
        return Optional.of(new ArticleVersion(number, edit, changed, article));
    }

    private ArticleVersion version(ResultSet row, int rowNumber) throws SQLException {
        Edit edit = new Edit(row.getString("author"), row.getObject("edited_at", OffsetDateTime.class).toInstant(),
                row.getString("note"));
        List<String> changed = Arrays.asList(row.getString("changed_fields").split(CHANGED_SEPARATOR));
        return new ArticleVersion(row.getInt("number"), edit, changed, json.article(row.getString("data")));
    }
}
