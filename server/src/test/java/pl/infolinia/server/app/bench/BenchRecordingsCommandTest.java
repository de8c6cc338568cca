package pl.infolinia.server.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.server.app.Infolinia;
import picocli.CommandLine;

/** The wiring of {@code infolinia bench recordings} on one short call: what it prints, not how fast. */
class BenchRecordingsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Infolinia.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void printsRecordingsWrittenPerSecondAndDiskBytesPerMinuteForLocalAndEncrypted() throws Exception {
        assertThat(run("bench", "recordings", "--calls", "1", "--minutes", "1", "--dir", dir.toString())).isZero();

        // 8 kHz x 16 bit x 2 channels x 60 s plus the 44-byte WAV header
        assertThat(out.toString()).contains("local: 1,920,044 disk bytes per minute of call",
                "recordings written per second");
        assertThat(out.toString()).containsPattern("local \\+ AES-256-GCM: 1,920,\\d{3} disk bytes per minute of call");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("scratch folders are removed").isEmpty();
        }
    }

    @Test
    void refusesNoCalls() {
        assertThat(run("bench", "recordings", "--calls", "0", "--dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--calls and --minutes must be at least 1");
    }
}
