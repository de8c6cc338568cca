package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real SIPp (Debian package sip-tester) with a testkit scenario against the engine.
 */
final class Sipp {

    static final Path KIT = Path.of("src/test/resources/sip-testkit").toAbsolutePath();

    /** What SIPp did: its exit code (0 = all calls succeeded) and its console output. */
    record Run(int exitCode, String output) {
    }

    private Sipp() {
    }

    static Run run(int enginePort, String scenario, int localPort, String... options) throws IOException, InterruptedException {
        return run(enginePort, scenario, localPort, List.of(options));
    }

    static Run run(int enginePort, String scenario, int localPort, List<String> options)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("sipp");
        List<String> command = new ArrayList<>(List.of("sipp", "127.0.0.1:" + enginePort,
                "-sf", KIT.resolve(scenario).normalize().toString(), "-i", "127.0.0.1", "-mi", "127.0.0.1",
                "-p", Integer.toString(localPort), "-nostdin", "-timeout", "60", "-trace_err", "-bg"));
        command.remove("-bg"); // foreground: we wait for the exit code
        command.addAll(options);
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("sipp.out").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("SIPp did not finish: " + command);
        }
        StringBuilder output = new StringBuilder(Files.readString(work.resolve("sipp.out")));
        try (var files = Files.list(work)) {
            for (Path file : files.filter(f -> f.toString().endsWith("errors.log")).toList()) {
                output.append("\n--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        }
        return new Run(process.exitValue(), output.toString());
    }
}
