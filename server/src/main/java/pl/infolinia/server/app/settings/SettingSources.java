package pl.infolinia.server.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The raw places a setting can come from: flags given by key, the environment, the config file.
 *
 * @param flags      flag values by setting key
 * @param environment the process environment
 * @param configFile  the config file's properties (empty when there is none)
 * @param configPath  the config file's path, for error messages
 */
public record SettingSources(Map<String, String> flags, Map<String, String> environment, Properties configFile,
        Path configPath) {

    public static final Path DEFAULT_CONFIG = Path.of("conf", "infolinia.properties");

    /** Reads the config file when it exists; a missing file is no error, an unreadable one is. */
    public static SettingSources of(Map<String, String> flags, Map<String, String> environment, Path configPath) {
        Properties properties = new Properties();
        if (Files.isRegularFile(configPath)) {
            try (InputStream in = Files.newInputStream(configPath)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read config file " + configPath, e);
            }
        }
        return new SettingSources(Map.copyOf(flags), Map.copyOf(environment), properties, configPath);
    }
}
