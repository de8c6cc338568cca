package pl.infolinia.server.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table and docs/configuration.md are made from the declared settings;
 * this fails when they drift. It writes the current table to target/configuration-table.md, which
 * {@code tools/update-config-docs} puts into both files.
 */
class ConfigurationDocsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void readmeAndConfigurationDocShowTheDeclaredSettings() throws IOException {
        String table = ConfigurationTable.markdown();
        Files.writeString(Path.of("target", "configuration-table.md"), table + "\n");

        assertThat(Files.readString(ROOT.resolve("README.md"))).contains(table);
        assertThat(Files.readString(ROOT.resolve("docs/configuration.md"))).contains(table);
    }
}
