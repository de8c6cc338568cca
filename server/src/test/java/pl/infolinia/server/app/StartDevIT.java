package pl.infolinia.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import pl.infolinia.server.app.settings.RunMode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.support.FreePort;
import pl.infolinia.server.support.Http;

/**
 * start-dev as the launcher runs it: settings from flags, an H2 file in the data folder, the demo loaded.
 * start-dev is H2 by definition, so the PostgreSQL pass leaves it out (tag {@code h2-only}).
 */
@Tag("h2-only")
class StartDevIT {

    @TempDir
    Path dataDir;

    @Test
    void startsWithEmbeddedDefaultsAndTheDemo() throws Exception {
        int port = FreePort.find();
        StringWriter out = new StringWriter();
        Map<String, String> flags = Map.of("infolinia.http.port", Integer.toString(port),
                "infolinia.http.host", "127.0.0.1", "infolinia.data.dir", dataDir.toString(),
                "infolinia.sip.port", Integer.toString(FreePort.find()));

        try (ConfigurableApplicationContext app = ServerLauncher.start(RunMode.DEV, flags, Map.of(),
                new PrintWriter(out), new PrintWriter(new StringWriter())).orElseThrow()) {

            assertThat(out.toString()).contains("development mode, not for production", "--db-url = jdbc:h2:file:");
            assertThat(dataDir.resolve("db/infolinia.mv.db")).exists();
            assertThat(app.getBean(Offices.class).all()).hasSize(34);
            Path passwordFile = dataDir.resolve("demo-password.txt");
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSize(16);

            String base = "http://127.0.0.1:" + port;
            assertThat(Http.get(base + "/login").statusCode()).isEqualTo(200);
            assertThat(Http.get(base + "/api/offices", "agent1", password).body()).contains("\"code\":\"KPRM\"");
            assertThat(Http.get(base + "/api/offices", "agent1", "wrong-password").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aSecondStartKeepsTheDataAndTheGeneratedPassword() {
        Map<String, String> flags = Map.of("infolinia.http.port", Integer.toString(FreePort.find()),
                "infolinia.http.host", "127.0.0.1", "infolinia.data.dir", dataDir.toString(),
                "infolinia.sip.port", Integer.toString(FreePort.find()));
        String first;
        try (ConfigurableApplicationContext app = start(flags)) {
            first = password();
        }
        try (ConfigurableApplicationContext app = start(flags)) {
            assertThat(password()).isEqualTo(first);
            assertThat(app.getBean(Offices.class).all()).hasSize(34);
        }
    }

    private ConfigurableApplicationContext start(Map<String, String> flags) {
        return ServerLauncher.start(RunMode.DEV, flags, Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).orElseThrow();
    }

    private String password() {
        try {
            return Files.readString(dataDir.resolve("demo-password.txt")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
