package pl.infolinia.server.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsResolverTest {

    private static final Path CONFIG = Path.of("conf/infolinia.properties");

    @Test
    void spellsEverySettingThreeWays() {
        assertThat(Settings.HTTP_PORT.environmentVariable()).isEqualTo("INFOLINIA_HTTP_PORT");
        assertThat(Settings.HTTP_PORT.flag()).isEqualTo("--http-port");
        assertThat(Settings.LOGIN_MAX_FAILURES.flag()).isEqualTo("--login-max-failures");
        assertThat(Settings.DB_URL.spellings()).isEqualTo("--db-url (INFOLINIA_DB_URL, infolinia.db.url)");
        assertThat(Settings.all()).extracting(Setting::key).doesNotHaveDuplicates()
                .allMatch(key -> key.matches("infolinia(\\.[a-z0-9]+)+"));
    }

    @Test
    void flagBeatsEnvironmentBeatsConfigFileBeatsDefault() {
        Properties file = new Properties();
        file.setProperty("infolinia.http.port", "7000");
        file.setProperty("infolinia.data.dir", "/srv/from-file");
        file.setProperty("infolinia.login.lock.minutes", "30");
        SettingSources sources = new SettingSources(Map.of("infolinia.http.port", "9000"),
                Map.of("INFOLINIA_HTTP_PORT", "8000", "INFOLINIA_DATA_DIR", "/srv/from-env"), file, CONFIG);

        ResolvedSettings settings = SettingsResolver.resolve(RunMode.DEV, sources);

        assertThat(settings.values().get(Settings.HTTP_PORT)).extracting(SettingValue::value, SettingValue::origin)
                .containsExactly("9000", SettingOrigin.FLAG);
        assertThat(settings.values().get(Settings.DATA_DIR)).extracting(SettingValue::value, SettingValue::origin)
                .containsExactly("/srv/from-env", SettingOrigin.ENVIRONMENT);
        assertThat(settings.values().get(Settings.LOGIN_LOCK_MINUTES).origin()).isEqualTo(SettingOrigin.CONFIG_FILE);
        assertThat(settings.values().get(Settings.LOGIN_MAX_FAILURES))
                .extracting(SettingValue::value, SettingValue::origin).containsExactly("5", SettingOrigin.DEFAULT);
    }

    @Test
    void startDevPutsTheH2DatabaseInTheDataFolder() {
        ResolvedSettings settings = SettingsResolver.resolve(RunMode.DEV,
                new SettingSources(Map.of("infolinia.data.dir", "/tmp/infolinia-x"), Map.of(), new Properties(), CONFIG));

        assertThat(settings.springProperties())
                .containsEntry("spring.datasource.url", "jdbc:h2:file:/tmp/infolinia-x/db/infolinia")
                .containsEntry("server.port", "8080")
                .containsEntry("infolinia.demo", "true");
    }

    @Test
    void startRefusesToRunWithoutADatabaseAndSaysHowToFixIt() {
        SettingSources nothing = new SettingSources(Map.of(), Map.of(), new Properties(), CONFIG);

        assertThatThrownBy(() -> SettingsResolver.resolve(RunMode.PRODUCTION, nothing))
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.problems()).containsExactly(
                        "start needs a database: set --db-url (INFOLINIA_DB_URL, infolinia.db.url) or use start-dev.",
                        "start needs the database user: set --db-user (INFOLINIA_DB_USER, infolinia.db.user) or use start-dev.",
                        "start needs the database password: set --db-password (INFOLINIA_DB_PASSWORD, infolinia.db.password)"
                                + " or use start-dev."));
    }

    @Test
    void startRunsOnPostgresqlOnly() {
        SettingSources h2 = new SettingSources(Map.of(), Map.of("INFOLINIA_DB_URL", "jdbc:h2:mem:x",
                "INFOLINIA_DB_USER", "sa", "INFOLINIA_DB_PASSWORD", "secret"), new Properties(), CONFIG);

        assertThatThrownBy(() -> SettingsResolver.resolve(RunMode.PRODUCTION, h2))
                .hasMessageContaining("start runs on PostgreSQL")
                .hasMessageContaining("'jdbc:h2:mem:x' (from the environment variable)");
    }

    @Test
    void startAcceptsANamedPostgresqlDatabaseAndLeavesTheDemoOff() {
        SettingSources postgres = new SettingSources(Map.of(), Map.of("INFOLINIA_DB_URL",
                "jdbc:postgresql://db:5432/infolinia", "INFOLINIA_DB_USER", "infolinia", "INFOLINIA_DB_PASSWORD",
                "secret"), new Properties(), CONFIG);

        ResolvedSettings settings = SettingsResolver.resolve(RunMode.PRODUCTION, postgres);

        assertThat(settings.springProperties()).containsEntry("spring.datasource.password", "secret")
                .containsEntry("infolinia.demo", "false");
        assertThat(settings.values().get(Settings.DB_PASSWORD).shown()).isEqualTo("********");
    }

    @Test
    void aBadValueNamesTheSettingAndWhereItCameFrom() {
        Properties file = new Properties();
        file.setProperty("infolinia.http.port", "eighty");
        SettingSources sources = new SettingSources(Map.of(), Map.of("INFOLINIA_LOGIN_MAX_FAILURES", "0"), file, CONFIG);

        assertThatThrownBy(() -> SettingsResolver.resolve(RunMode.DEV, sources))
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.problems()).containsExactly(
                        "Invalid value 'eighty' for --http-port (INFOLINIA_HTTP_PORT, infolinia.http.port) from the"
                                + " config file conf/infolinia.properties: expected a port number from 1 to 65535.",
                        "Invalid value '0' for --login-max-failures (INFOLINIA_LOGIN_MAX_FAILURES,"
                                + " infolinia.login.max.failures) from the environment variable: expected a whole"
                                + " number above zero."));
    }
}
