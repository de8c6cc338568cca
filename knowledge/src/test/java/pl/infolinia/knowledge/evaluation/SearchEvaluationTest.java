package pl.infolinia.knowledge.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.infolinia.knowledge.search.SearchAnalysis;

class SearchEvaluationTest {

    private static EvaluationResult polish;
    private static EvaluationResult standard;
    private static EvaluationResult stempel;

    @BeforeAll
    static void evaluateOnDevQuestions() {
        QuestionSet dev = QuestionSet.dev();
        polish = SearchEvaluation.run(dev, SearchAnalysis.POLISH);
        standard = SearchEvaluation.run(dev, SearchAnalysis.STANDARD);
        stempel = SearchEvaluation.run(dev, SearchAnalysis.STEMPEL);
        System.out.println(polish.report());
        System.out.println("standard: " + standard.summaryLine());
        System.out.println("stempel:  " + stempel.summaryLine());
    }

    @Test
    void polishSearchMeetsTheIssueTargetsOnDevQuestions() {
        assertThat(polish.outcomes()).hasSize(90);
        assertThat(polish.recallAt5()).isGreaterThanOrEqualTo(0.95);
        assertThat(polish.mrrAt10()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void polishSearchIsClearlyAboveBothBaselines() {
        // the baselines run the same search with only the analyzer swapped (no synonyms, no typos)
        assertThat(polish.mrrAt10()).isGreaterThan(standard.mrrAt10() + 0.08).isGreaterThan(stempel.mrrAt10() + 0.08);
        assertThat(polish.recallAt5()).isGreaterThan(standard.recallAt5() + 0.05).isGreaterThan(stempel.recallAt5() + 0.05);
    }

    @Test
    void reportEndsWithTheSummaryLineInTheCliFormat() {
        String report = polish.report();
        String last = report.substring(report.lastIndexOf('\n') + 1);
        assertThat(last).matches("recall@1=\\d\\.\\d{3} recall@5=\\d\\.\\d{3} mrr@10=\\d\\.\\d{3}");
    }
}
