package pl.infolinia.knowledge.evaluation;

import java.util.List;

/**
 * How search answered one question.
 *
 * @param question the question
 * @param rank     1-based rank of the first acceptable article in the top ten, or 0 if absent
 * @param top      the ids search returned, best first
 */
public record QuestionOutcome(Question question, int rank, List<String> top) {

    public QuestionOutcome {
        top = List.copyOf(top);
    }
}
