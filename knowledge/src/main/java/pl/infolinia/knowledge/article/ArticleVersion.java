package pl.infolinia.knowledge.article;

import java.util.List;
import java.util.Objects;

/**
 * One saved state of an article: its content and the edit that produced it.
 *
 * @param number        1 for the first version, then counting up
 * @param edit          who, when and why
 * @param changedFields names of the fields that differ from the previous version
 *                      ({@code title}, {@code status}, {@code body:W skrócie}…); {@code created} for the first
 * @param article       the article as it was saved
 */
public record ArticleVersion(int number, Edit edit, List<String> changedFields, Article article) {

    public ArticleVersion {
        Objects.requireNonNull(edit, "edit");
        changedFields = List.copyOf(changedFields);
        Objects.requireNonNull(article, "article");
    }
}
