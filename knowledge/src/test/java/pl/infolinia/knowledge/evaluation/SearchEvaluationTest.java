package pl.infolinia.knowledge.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.knowledge.importing.KnowledgeExport;
import pl.infolinia.knowledge.importing.KnowledgeImport;
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

    @Test
    void runsLikeTheCliOnAQuestionFileAndAKnowledgeBaseFolder(@TempDir Path folder) throws IOException {
        Path questions = folder.resolve("q.tsv");
        Files.writeString(questions, "# two questions\nzgubilem dowod\tdowod-osobisty-utrata\nbecikowe\tbecikowe\n");
        Path kb = folder.resolve("kb");
        new KnowledgeExport().write(new KnowledgeImport().demo(), kb);

        EvaluationResult result = SearchEvaluation.run(Optional.of(kb), questions, "polish");

        assertThat(result.outcomes()).hasSize(2);
        assertThat(result.summaryLine()).isEqualTo("recall@1=1.000 recall@5=1.000 mrr@10=1.000");
    }

    @Test
    void readsQuestionFilesAndRefusesMalformedLines() {
        QuestionSet set = QuestionSet.parse("# comment\n\nco robic\ta, b\n");

        assertThat(set.questions()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("co robic");
            assertThat(q.acceptable()).containsExactlyInAnyOrder("a", "b");
            assertThat(q.line()).isEqualTo(3);
        });
        assertThatThrownBy(() -> QuestionSet.parse("bez tabulatora")).hasMessageContaining("line 1");
    }
}
