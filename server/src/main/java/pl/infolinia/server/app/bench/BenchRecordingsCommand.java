package pl.infolinia.server.app.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infolinia bench recordings}: recordings finalised and archived per second, disk bytes per minute of call. */
@Command(name = "recordings", mixinStandardHelpOptions = true,
        description = "Call recordings: calls recorded at once with the engine's recorder, then finalised and archived"
                + " (local files, then local files with AES-256-GCM); prints recordings written per second and disk"
                + " bytes per minute of call.")
final class BenchRecordingsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--calls", defaultValue = "100", description = "Calls recorded at once (default: ${DEFAULT-VALUE}).")
    private int calls;

    @Option(names = "--minutes", defaultValue = "1", description = "Length of each call in minutes (default: ${DEFAULT-VALUE}).")
    private int minutes;

    @Option(names = "--dir", defaultValue = "${java.io.tmpdir}",
            description = "Scratch folder on the disk to measure (default: ${DEFAULT-VALUE}); emptied afterwards.")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        if (calls < 1 || minutes < 1) {
            spec.commandLine().getErr().println("--calls and --minutes must be at least 1");
            return 2;
        }
        var out = spec.commandLine().getOut();
        out.println("Recording benchmark: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + Runtime.version() + ", scratch folder " + dir.toAbsolutePath() + ".");
        new RecordingBenchmark(out, calls, minutes).run(dir);
        return 0;
    }
}
