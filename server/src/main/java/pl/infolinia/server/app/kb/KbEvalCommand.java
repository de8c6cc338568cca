package pl.infolinia.server.app.kb;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.evaluation.EvaluationResult;
import pl.infolinia.knowledge.evaluation.QuestionSet;
import pl.infolinia.knowledge.evaluation.SearchEvaluation;
import pl.infolinia.knowledge.importing.ImportReport;
import pl.infolinia.knowledge.importing.InvalidInput;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.knowledge.search.SearchAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code infolinia kb eval}: runs a question set through the same search the API uses, in a
 * temporary index, and prints recall@1, recall@5 and MRR@10 (the last line is exactly those three).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure search quality: recall@1, recall@5 and MRR@10 of a question set.")
final class KbEvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "TSV: question, tab, comma-separated acceptable article ids; # starts a comment."
                    + " Default: the development set that ships with Infolinia.")
    private Optional<Path> questions;

    @Option(names = "--kb", paramLabel = "PATH",
            description = "A knowledge base in the import format (folder or ZIP). Default: the demo.")
    private Optional<Path> knowledgeBase;

    @Option(names = "--analyzer", paramLabel = "NAME", defaultValue = "polish",
            description = "polish (default), or the baselines standard and stempel.")
    private String analyzer;

    @Override
    public Integer call() {
        QuestionSet set = questions.map(QuestionSet::read).orElseGet(QuestionSet::dev);
        KnowledgeContent content = knowledgeBase.map(KbEvalCommand::valid).orElseGet(() -> new KnowledgeImport().demo());
        EvaluationResult result = SearchEvaluation.run(content, set, SearchAnalysis.named(analyzer), Synonyms.demo());
        // the report ends with the summary line: recall@1=… recall@5=… mrr@10=…
        spec.commandLine().getOut().println(result.report());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static KnowledgeContent valid(Path path) {
        ImportReport report = new KnowledgeImport().check(path);
        if (!report.valid()) {
            throw new InvalidInput(report.problems());
        }
        return report.content();
    }
}
