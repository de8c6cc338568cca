package pl.infolinia.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class InfoliniaCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Infolinia.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("start-dev", "start ", "test", "--http-port = INFOLINIA_HTTP_PORT");
    }

    @Test
    void startDevHelpListsEverySettingWithItsThreeSpellings() {
        assertThat(run("start-dev", "--help")).isZero();

        assertThat(out.toString()).contains("--http-port", "INFOLINIA_HTTP_PORT", "infolinia.http.port",
                "Default: 8080", "--data-dir", "--db-url", "--demo-password");
    }

    @Test
    void startWithoutADatabaseRefusesWithExitCodeTwo() {
        // the surefire environment names no INFOLINIA_DB_* variables and there is no conf/ folder here
        assertThat(run("start")).isEqualTo(ServerLauncher.INVALID_SETTINGS);

        assertThat(err.toString()).contains("Infolinia cannot start:",
                "start needs a database: set --db-url (INFOLINIA_DB_URL, infolinia.db.url) or use start-dev.");
    }

    @Test
    void anUnknownFlagIsRefused() {
        assertThat(run("start-dev", "--htp-port", "1")).isNotZero();

        assertThat(err.toString()).contains("--htp-port");
    }
}
