package pl.infolinia.server.app.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import pl.infolinia.recording.archive.ArchivedRecording;
import pl.infolinia.recording.archive.Archiver;
import pl.infolinia.server.app.Infolinia;
import pl.infolinia.server.app.ServerLauncher;
import pl.infolinia.server.app.settings.RunMode;
import pl.infolinia.telephony.media.AudioEncoding;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavWriter;

/** {@code infolinia recordings verify} as an administrator runs it, on an archive someone tampered with. */
@Tag("h2-only")
class RecordingsVerifyCommandIT {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    @Test
    void namesTheAlteredAndTheRemovedRecording() throws Exception {
        Path data = folder.resolve("data");
        List<ArchivedRecording> archived = archiveThreeFinishedCalls(data);
        assertThat(verify(data)).as(out::toString).isZero();
        assertThat(out.toString()).contains("Checked 3 recording(s) against 3 chain entries.", "Intact");

        Path altered = data.resolve("archive").resolve(archived.get(0).storageKey());
        byte[] bytes = Files.readAllBytes(altered);
        bytes[200] ^= 0x40;
        Files.write(altered, bytes);
        Files.delete(data.resolve("archive").resolve(archived.get(1).storageKey()));
        out.getBuffer().setLength(0);

        assertThat(verify(data)).as(out::toString).isEqualTo(RecordingsVerifyCommand.FOUND_PROBLEMS);
        assertThat(out.toString()).contains("ALTERED " + archived.get(0).id(), "REMOVED " + archived.get(1).id(),
                "2 problem(s) found.").doesNotContain(archived.get(2).id());
    }

    private int verify(Path data) {
        CommandLine command = Infolinia.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        return command.execute("recordings", "verify", "--data-dir", data.toString());
    }

    private static List<ArchivedRecording> archiveThreeFinishedCalls(Path data) throws Exception {
        Path spool = Files.createDirectories(data.resolve("recordings"));
        for (int call = 1; call <= 3; call++) {
            Path file = spool.resolve("verify" + call + "-" + (1_764_300_000_000L + call) + ".wav");
            try (WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000))) {
                short[] samples = new short[1600];
                java.util.Arrays.fill(samples, (short) (call * 100));
                writer.write(samples);
            }
            Files.writeString(spool.resolve(file.getFileName() + ".done"), "contact=verify" + call + "\noffice=KPRM\n");
        }
        StringWriter err = new StringWriter();
        try (ConfigurableApplicationContext app = ServerLauncher.startTool(RunMode.DEV,
                Map.of("infolinia.data.dir", data.toString()), Map.of(), new PrintWriter(err)).orElseThrow()) {
            return app.getBean(Archiver.class).archiveReady();
        }
    }
}
