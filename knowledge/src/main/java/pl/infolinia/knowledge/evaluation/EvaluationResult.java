package pl.infolinia.knowledge.evaluation;

import java.util.List;
import java.util.Locale;
import pl.infolinia.knowledge.search.SearchAnalysis;

/**
 * The scores of one evaluation run, and the outcome of every question behind them.
 *
 * @param analysis  which analysis the index used
 * @param outcomes  one per question, in question order
 * @param recallAt1 share of questions whose first hit is acceptable
 * @param recallAt5 share of questions with an acceptable hit in the top five
 * @param mrrAt10   mean of 1/rank of the first acceptable hit in the top ten (0 if none)
 */
public record EvaluationResult(SearchAnalysis analysis, List<QuestionOutcome> outcomes,
        double recallAt1, double recallAt5, double mrrAt10) {

    public EvaluationResult {
        outcomes = List.copyOf(outcomes);
    }

    static EvaluationResult of(SearchAnalysis analysis, List<QuestionOutcome> outcomes) {
        double n = Math.max(1, outcomes.size());
        double at1 = outcomes.stream().filter(o -> o.rank() == 1).count() / n;
        double at5 = outcomes.stream().filter(o -> o.rank() >= 1 && o.rank() <= 5).count() / n;
        double mrr = outcomes.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).sum() / n;
        return new EvaluationResult(analysis, outcomes, at1, at5, mrr);
    }

    /** The scores as the CLI's last line: {@code recall@1=0.xxx recall@5=0.xxx mrr@10=0.xxx}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "recall@1=%.3f recall@5=%.3f mrr@10=%.3f", recallAt1, recallAt5, mrrAt10);
    }

    /** A readable report: each question not answered first, then the summary line last. */
    public String report() {
        StringBuilder text = new StringBuilder();
        text.append("analyzer: ").append(analysis.name().toLowerCase(Locale.ROOT))
                .append(", questions: ").append(outcomes.size()).append('\n');
        for (QuestionOutcome outcome : outcomes) {
            if (outcome.rank() != 1) {
                text.append(outcome.rank() == 0 ? "miss" : "rank " + outcome.rank()).append(": ")
                        .append(outcome.question().text()).append(" -> expected ")
                        .append(outcome.question().acceptable()).append(", got ")
                        .append(outcome.top().stream().limit(3).toList()).append('\n');
            }
        }
        return text.append(summaryLine()).toString();
    }
}
