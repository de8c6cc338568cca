package pl.infolinia.knowledge.evaluation;

import java.util.Objects;
import java.util.Set;

/**
 * A question as a consultant would type it, with the articles that would answer it.
 *
 * @param text       the question
 * @param acceptable ids of the articles a consultant would accept
 * @param line       line of the question in its file
 */
public record Question(String text, Set<String> acceptable, int line) {

    public Question {
        Objects.requireNonNull(text, "text");
        acceptable = Set.copyOf(acceptable);
    }
}
