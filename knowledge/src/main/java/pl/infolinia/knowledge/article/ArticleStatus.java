package pl.infolinia.knowledge.article;

/** Where an article is in its life: being written, shown to consultants, or kept only for history. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
