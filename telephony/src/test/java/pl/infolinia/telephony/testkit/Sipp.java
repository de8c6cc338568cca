package pl.infolinia.telephony.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real SIPp (Debian package sip-tester) with a testkit scenario against the engine.
 */
public final class Sipp {

    /** The testkit, found from the telephony module or from a module beside it that reuses these helpers. */
    public static final Path KIT = java.util.stream.Stream.of("src/test/resources/sip-testkit",
                    "../telephony/src/test/resources/sip-testkit")
            .map(dir -> Path.of(dir).toAbsolutePath().normalize()).filter(java.nio.file.Files::isDirectory).findFirst()
            .orElseThrow(() -> new IllegalStateException("sip-testkit not found from " + Path.of("").toAbsolutePath()));

    /** What SIPp did: its exit code (0 = all calls succeeded) and its console output. */
    public record Run(int exitCode, String output) {
    }

    /** A SIPp process started in the background. */
    public record Running(Process process, Path work, List<String> command) {

        public Run finish() throws IOException, InterruptedException {
            return finish(java.time.Duration.ofSeconds(90));
        }

        /** Waits for SIPp to end by itself, up to {@code limit} (a long load run needs more than the default). */
        public Run finish(java.time.Duration limit) throws IOException, InterruptedException {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
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

    private Sipp() {
    }

    public static Run run(int enginePort, String scenario, int localPort, String... options) throws IOException, InterruptedException {
        return start(enginePort, scenario, localPort, List.of(options)).finish();
    }

    public static Run run(int enginePort, String scenario, int localPort, List<String> options)
            throws IOException, InterruptedException {
        return start(enginePort, scenario, localPort, options).finish();
    }

    public static Running start(int enginePort, String scenario, int localPort, List<String> options) throws IOException {
        return startFrom("127.0.0.1", enginePort, scenario, localPort, options);
    }

    /**
     * SIPp sending from another loopback address, e.g. 127.0.0.2, as a peer the engine does not
     * know (Linux routes all of 127.0.0.0/8 to the loopback interface).
     */
    public static Running startFrom(String localAddress, int enginePort, String scenario, int localPort,
                                    List<String> options) throws IOException {
        Path work = Files.createTempDirectory("sipp");
        List<String> command = new ArrayList<>(List.of("sipp", "127.0.0.1:" + enginePort,
                "-sf", KIT.resolve(scenario).normalize().toString(), "-i", localAddress, "-mi", localAddress,
                "-p", Integer.toString(localPort), "-nostdin", "-timeout", "60", "-trace_err"));
        command.addAll(options.stream().map(o -> o.endsWith(".xml") ? KIT.resolve(o).normalize().toString() : o).toList());
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("sipp.out").toFile()).start();
        return new Running(process, work, command);
    }

    /** SIPp's built-in UAS ({@code -sn uas}): answers one call, echoes RTP, waits for BYE. */
    public static Running startAnsweringMachine(int localPort, int mediaPort) throws IOException {
        Path work = Files.createTempDirectory("sipp");
        List<String> command = List.of("sipp", "-sn", "uas", "-i", "127.0.0.1", "-mi", "127.0.0.1",
                "-p", Integer.toString(localPort), "-mp", Integer.toString(mediaPort), "-rtp_echo",
                "-m", "1", "-nostdin", "-timeout", "60", "-trace_err");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("sipp.out").toFile()).start();
        return new Running(process, work, command);
    }

    /**
     * An RTP port for SIPp, different per test JVM and per call of this method, four apart: SIPp
     * binds the port and the ones above it (RTCP, and with -rtp_echo the video pair).
     */
    public static int mediaPort() {
        return 27000 + 4 * (FreePorts.next() - 25000);
    }
}
