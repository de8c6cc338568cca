package pl.infolinia.knowledge.article;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changed the knowledge base, when, and in their words why.
 *
 * @param author the editor's login, or "import" for an import
 * @param at     when the change was made
 * @param note   the editor's description of the change
 */
public record Edit(String author, Instant at, String note) {

    public Edit {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }
}
