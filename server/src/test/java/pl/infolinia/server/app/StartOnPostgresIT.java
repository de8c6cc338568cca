package pl.infolinia.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import pl.infolinia.server.app.settings.RunMode;
import pl.infolinia.server.office.Offices;
import pl.infolinia.server.support.FreePort;
import pl.infolinia.server.support.Http;

/**
 * {@code start} in production mode on a new PostgreSQL database: migrations run, no demo data,
 * the first administrator comes from the bootstrap settings. Runs in the PostgreSQL pass of
 * {@code ./infolinia test} (tag {@code postgres}).
 */
@Tag("postgres")
class StartOnPostgresIT {

    private static final String USER = "infolinia";
    private static final String PASSWORD = "infolinia";

    @Test
    void startsOnANamedDatabaseWithoutTheDemo() throws SQLException {
        String testUrl = System.getProperty("infolinia.test.db.url");
        String server = testUrl.substring(0, testUrl.indexOf('?'));
        String database = "start_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(server, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        int port = FreePort.find();
        Map<String, String> flags = Map.of(
                "infolinia.db.url", server.substring(0, server.lastIndexOf('/') + 1) + database,
                "infolinia.db.user", USER, "infolinia.db.password", PASSWORD,
                "infolinia.http.port", Integer.toString(port), "infolinia.http.host", "127.0.0.1",
                "infolinia.sip.port", Integer.toString(FreePort.find()),
                "infolinia.bootstrap.admin.user", "chief", "infolinia.bootstrap.admin.password", "a-long-secret-1");

        try (ConfigurableApplicationContext app = ServerLauncher.start(RunMode.PRODUCTION, flags, Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).orElseThrow()) {

            assertThat(app.getBean(Offices.class).isEmpty()).isTrue();
            String offices = "http://127.0.0.1:" + port + "/api/offices";
            assertThat(Http.get(offices, "chief", "a-long-secret-1").body()).isEqualTo("[]");
            assertThat(Http.get(offices, "admin", "test-demo-password").statusCode()).isEqualTo(401);
        }
    }
}
