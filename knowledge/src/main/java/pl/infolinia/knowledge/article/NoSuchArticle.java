package pl.infolinia.knowledge.article;

/** Thrown when a caller names an article, or a version of it, that the knowledge base lacks. */
public final class NoSuchArticle extends RuntimeException {

    private final transient ArticleId id;

    public NoSuchArticle(ArticleId id, String detail) {
        super("no such article: " + id + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.id = id;
    }

    /** The id that was asked for. */
    public ArticleId id() {
        return id;
    }
}
