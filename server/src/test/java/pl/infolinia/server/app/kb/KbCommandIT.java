package pl.infolinia.server.app.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.server.app.Infolinia;
import picocli.CommandLine;

/** {@code infolinia kb eval} and {@code kb import} as a person runs them. */
@Tag("h2-only")
class KbCommandIT {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine command = Infolinia.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        return command.execute(Stream.concat(Stream.of("kb"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void evalEndsWithTheThreeFigures() {
        // the quality targets and the baselines are asserted in the knowledge module's own tests
        assertThat(run("eval")).as(out::toString).isZero();

        assertThat(lastLine()).matches("recall@1=0\\.\\d{3} recall@5=0\\.\\d{3} mrr@10=0\\.\\d{3}");
        assertThat(recallAt5(lastLine())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aBrokenImportIsReportedWithFileLineAndFieldAndChangesNothing() throws IOException {
        Path kb = copyOfDemo();
        Path article = kb.resolve("articles/becikowe.md");
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^office: .*$", "office: NOPE"));

        assertThat(run("import", kb.toString(), "--data-dir", folder.resolve("data").toString()))
                .isEqualTo(KbImportCommand.INVALID);

        assertThat(out.toString()).contains("nothing changed", "articles/becikowe.md:", "[office]", "NOPE");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void importsIntoTheDatabaseOnceAndAgainChangesNothing() throws IOException {
        Path kb = copyOfDemo();
        String data = folder.resolve("data").toString();

        assertThat(run("import", kb.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("Dry run: nothing changed.");
        assertThat(run("import", kb.toString(), "--data-dir", data)).isZero();
        assertThat(out.toString()).contains("Imported: 123 article(s) new or changed, 0 unchanged.");
        assertThat(run("import", kb.toString(), "--data-dir", data)).isZero();
        assertThat(out.toString()).contains("Imported: 0 article(s) new or changed, 123 unchanged.");
    }

    private String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static double recallAt5(String summary) {
        return Double.parseDouble(summary.replaceAll(".*recall@5=([0-9.]+).*", "$1"));
    }

    private Path copyOfDemo() throws IOException {
        Path source = Path.of("../knowledge/src/main/resources/demo/kb");
        Path target = folder.resolve("kb");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(file, target.resolve(source.relativize(file).toString()));
            }
        }
        return target;
    }
}
