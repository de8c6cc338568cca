package pl.infolinia.knowledge.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import pl.infolinia.knowledge.analysis.Synonyms;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.evaluation.Question;
import pl.infolinia.knowledge.evaluation.QuestionSet;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.knowledge.search.LuceneArticleIndex;
import pl.infolinia.knowledge.search.SearchRequest;

/**
 * Measures search at a given corpus size: the time to build the on-disk index from scratch,
 * latency (p50, p99) and throughput with one and with several concurrent clients, and the CPU time
 * per search (which other programs on the machine do not inflate), all through {@link LuceneArticleIndex#search}, the call the API serves, with a 10-hit page.
 */
public final class SearchBenchmark {

    private final PrintWriter out;
    private final List<String> queries;
    private final int warmup;
    private final int measured;

    /**
     * @param queries  the citizens' questions to cycle through
     * @param warmup   searches before measuring, so that the JIT and the caches settle
     * @param measured searches per measurement
     */
    public SearchBenchmark(PrintWriter out, QuestionSet queries, int warmup, int measured) {
        this.out = out;
        this.queries = queries.questions().stream().map(Question::text).toList();
        this.warmup = warmup;
        this.measured = measured;
    }

    /** Runs every measurement at each size and prints one table row per size and client count. */
    public void run(List<Integer> sizes, List<Integer> clients) {
        List<Article> demo = new KnowledgeImport().demo().articles();
        out.println("| articles | index build | clients | p50 | p99 | queries/s | CPU per search p50 | p99 |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.flush();
        for (int size : sizes) {
            List<Article> corpus = SyntheticCorpus.grow(demo, size, size);
            Path folder = temporaryFolder();
            try (LuceneArticleIndex index = LuceneArticleIndex.open(folder, Synonyms.demo())) {
                long start = System.nanoTime();
                index.replaceAll(corpus);
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                run(index, warmup, 1, false);
                for (int count : clients) {
                    row(size, buildSeconds, count, run(index, measured, count, false), run(index, measured, count, true));
                }
            } finally {
                delete(folder);
            }
        }
    }

    private void row(int size, double buildSeconds, int clients, long[] latencies, long[] cpu) {
        long wall = latencies[latencies.length - 1];
        long[] sorted = sorted(latencies);
        long[] cpuSorted = sorted(cpu);
        out.println(String.format(Locale.ROOT, "| %,d | %.1f s | %d | %.2f ms | %.2f ms | %,.0f | %.2f ms | %.2f ms |",
                size, buildSeconds, clients, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                sorted.length / (wall / 1e9), percentile(cpuSorted, 0.50) / 1e6, percentile(cpuSorted, 0.99) / 1e6));
        out.flush();
    }

    private static long[] sorted(long[] timesAndWall) {
        long[] sorted = Arrays.copyOf(timesAndWall, timesAndWall.length - 1);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Time of each search in nanoseconds, then the wall time of the whole run as the last element.
     *
     * @param cpu the CPU time the searching thread used instead of the elapsed time: what a search
     *            costs even when other programs share the cores
     */
    private long[] run(LuceneArticleIndex index, int searches, int clients, boolean cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] latencies = new long[searches + 1];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < searches; i = next.getAndIncrement()) {
                        long t = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                        index.search(SearchRequest.of(queries.get(i % queries.size())));
                        latencies[i] = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t;
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark client failed", e);
        }
        latencies[searches] = System.nanoTime() - start;
        return latencies;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("infolinia-bench-kb");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary index left behind does not change the numbers printed
        }
    }
}
