package pl.infolinia.server.app.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import pl.infolinia.knowledge.benchmark.SearchBenchmark;
import pl.infolinia.knowledge.evaluation.QuestionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code infolinia bench kb}: grows the demo knowledge base synthetically, indexes it in a
 * temporary folder and measures index build time, search latency and throughput.
 */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Knowledge-base search: index build time, p50/p99 latency and queries per second"
                + " on the demo grown to each size, with the development questions as queries.")
final class BenchKbCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--articles", split = ",", defaultValue = "10000,100000", paramLabel = "N[,N...]",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--clients", split = ",", defaultValue = "1,8", paramLabel = "N[,N...]",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--warmup", defaultValue = "3000", description = "Searches before measuring (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--queries", defaultValue = "5000", description = "Searches per measurement (default: ${DEFAULT-VALUE}).")
    private int queries;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Knowledge-base search benchmark: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + Runtime.version() + ", " + queries + " searches per row after " + warmup + " warm-up searches.");
        new SearchBenchmark(out, QuestionSet.dev(), warmup, queries).run(sizes, clients);
        return 0;
    }
}
