package pl.infolinia.knowledge.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleStatus;
import pl.infolinia.knowledge.importing.ImportReport;
import pl.infolinia.knowledge.importing.InvalidInput;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.knowledge.search.LuceneArticleIndex;
import pl.infolinia.knowledge.search.SearchAnalysis;
import pl.infolinia.knowledge.search.SearchRequest;

/**
 * Runs a question set against a knowledge base indexed in a temporary index and scores it.
 *
 * <p>Uses the same {@link LuceneArticleIndex#search} that the API serves, with the same
 * analysis and synonyms, so the numbers describe what consultants get. The baselines swap only
 * the analysis. Deterministic: the same inputs give the same numbers.
 */
public final class SearchEvaluation {

    private static final int DEPTH = 10;

    private SearchEvaluation() {
    }

    /**
     * What {@code ./infolinia kb eval --questions FILE [--kb PATH] [--analyzer NAME]} runs.
     *
     * @param knowledge a folder or ZIP in the import format, or empty for the demo knowledge base
     * @param questions the question TSV file
     * @param analyzer  "polish" (ours), "standard" or "stempel"
     * @throws pl.infolinia.knowledge.importing.InvalidInput if the knowledge base does not import cleanly
     * @throws IllegalArgumentException for an unknown analyzer name or a malformed question line
     */
    public static EvaluationResult run(Optional<Path> knowledge, Path questions, String analyzer) {
        KnowledgeImport importer = new KnowledgeImport();
        KnowledgeContent content = knowledge.map(path -> {
            ImportReport report = importer.check(path);
            if (!report.valid()) {
                throw new InvalidInput(report.problems());
            }
            return report.content();
        }).orElseGet(importer::demo);
        return run(content, QuestionSet.read(questions), SearchAnalysis.named(analyzer), Synonyms.demo());
    }

    /** Scores the question set on the demo knowledge base with the demo synonyms. */
    public static EvaluationResult run(QuestionSet questions, SearchAnalysis analysis) {
        return run(new KnowledgeImport().demo(), questions, analysis, Synonyms.demo());
    }

    /**
     * Scores the question set on the given knowledge base.
     *
     * @param knowledge the articles to index; only published ones are searchable
     * @param synonyms  the editors' synonyms, ignored by the baselines
     */
    public static EvaluationResult run(KnowledgeContent knowledge, QuestionSet questions,
            SearchAnalysis analysis, Synonyms synonyms) {
        List<Article> published = knowledge.articles().stream()
                .filter(a -> a.status() == ArticleStatus.PUBLISHED).toList();
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory(analysis,
                analysis == SearchAnalysis.POLISH ? synonyms : Synonyms.none())) {
            index.replaceAll(published);
            List<QuestionOutcome> outcomes = new ArrayList<>();
            for (Question question : questions.questions()) {
                List<String> top = index.search(SearchRequest.of(question.text()).withLimit(DEPTH)).hits().stream()
                        .map(hit -> hit.id().value()).toList();
                int rank = 0;
                for (int i = 0; i < top.size() && rank == 0; i++) {
                    if (question.acceptable().contains(top.get(i))) {
                        rank = i + 1;
                    }
                }
                outcomes.add(new QuestionOutcome(question, rank, top));
            }
            return EvaluationResult.of(analysis, outcomes);
        }
    }
}
